package com.storeboard.importing;

import java.io.Closeable;
import java.util.Iterator;

/** The rows of one uploaded file, read as a stream: a file is never held in memory as a whole. */
interface SheetSource extends Iterator<SourceRow>, Closeable {

    /** "CSV" or "XLSX". */
    String format();

    /** The encoding used for a CSV file ("UTF-8", "UTF-8-BOM", "GB18030"), {@code null} for XLSX. */
    String encoding();

    /** How much of the file has been read, from 0 to 1, for progress. */
    double progress();

    /** Infos about the file found while opening it (e.g. EXTRA_SHEETS_IGNORED). */
    default java.util.List<String> notices() {
        return java.util.List.of();
    }
}
