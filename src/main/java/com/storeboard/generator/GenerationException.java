package com.storeboard.generator;

/**
 * Generation cannot honour the contract of DATA.md §5 (an invariant or a planted construction fails for
 * these parameters). Nothing is reported as generated and no manifest is written.
 */
public class GenerationException extends RuntimeException {

    public GenerationException(String message) {
        super(message);
    }
}
