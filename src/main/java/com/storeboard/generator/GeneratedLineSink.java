package com.storeboard.generator;

import com.storeboard.orders.OrderLine;
import java.time.LocalDate;
import java.util.List;

/**
 * Receives the generated rows as they are produced: store by store, file by file, day by day, every day's rows
 * in canonical line order (DATA.md §1.6). Files follow §5.8 (whole days, at most 1 000 000 rows, batches of at
 * most 20 files). The CSV and XLSX writers are sinks; a direct import is another one.
 */
public interface GeneratedLineSink {

    /** The file name extension used in the file names and the manifest ("csv", "xlsx"). */
    String extension();

    /** A new file of one store begins with the day firstDate. */
    void startFile(int storeIndex, String storeName, LocalDate firstDate);

    /** One day's rows of the current file. The list is not kept by the generator afterwards. */
    void writeDay(LocalDate date, List<OrderLine> lines);

    /**
     * The current file is complete; file has its final name, last date, row count and batch. Files come in batch
     * order, so a batch is complete when the next file has another batch number or {@link #finish()} is called.
     */
    void finishFile(OutputFile file);

    /** Called once after the last file of a successful generation (not after a failure). */
    default void finish() {
    }
}
