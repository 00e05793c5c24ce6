package com.storeboard.generator;

/** A sink that writes files: after a failed generation it removes what it wrote. */
interface FileSink extends GeneratedLineSink {

    void discard();
}
