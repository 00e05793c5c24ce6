package com.storeboard.bench;

/** Prints, one per line, the {@code generate} options of a benchmark size (for scripts/bench-diagnosis). */
public final class GenerateOptions {

    private GenerateOptions() {
    }

    public static void main(String[] args) {
        BenchSizes.generateOptions(args[0]).forEach(System.out::println);
    }
}
