package com.storeboard.importing;

import java.util.List;

/** A file-level problem (DATA.md §4.6): the whole batch is rejected. */
final class FileRejected extends RuntimeException {

    private final ImportCode code;
    private final List<String> args;

    FileRejected(ImportCode code, String... args) {
        super(code.name() + " " + String.join(", ", args));
        this.code = code;
        this.args = List.of(args);
    }

    ImportCode code() {
        return code;
    }

    List<String> args() {
        return args;
    }
}
