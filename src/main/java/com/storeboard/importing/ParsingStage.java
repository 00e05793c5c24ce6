package com.storeboard.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses rows on a thread of its own: a row's parsing depends on nothing but the row and the header, so it
 * can run beside the file reading and the cross-row checks that follow it in file order.
 */
final class ParsingStage implements Iterator<ParsingStage.Parsed>, AutoCloseable {

    /** A row as read, and what parsing it gave (null for a blank row). */
    record Parsed(SourceRow row, RowParser.Result result) {
    }

    private static final int BATCH = 256;
    private static final List<Parsed> END = List.of();

    private final Iterator<SourceRow> rows;
    private final RowParser parser;
    private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(16);
    private final Thread worker;
    private volatile boolean closed;
    private Iterator<Parsed> current = Collections.emptyIterator();
    private boolean finished;

    ParsingStage(Iterator<SourceRow> rows, RowParser parser) {
        this.rows = rows;
        this.parser = parser;
        this.worker = Thread.ofPlatform().name("import-parse").daemon(true).start(this::run);
    }

    private void run() {
        try {
            List<Parsed> batch = new ArrayList<>(BATCH);
            while (!closed && rows.hasNext()) {
                SourceRow row = rows.next();
                batch.add(new Parsed(row, row.isBlank() ? null : parser.parse(row)));
                if (batch.size() == BATCH) {
                    put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(END);
        } catch (RuntimeException e) {
            put(e);
        }
    }

    private void put(Object item) {
        try {
            while (!closed && !batches.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the checking thread is behind; wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (finished) {
                return false;
            }
            Object item;
            try {
                item = batches.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Import interrupted", e);
            }
            if (item instanceof RuntimeException failure) {
                finished = true;
                throw failure;
            }
            List<Parsed> batch = (List<Parsed>) item;
            if (batch == END) {
                finished = true;
                return false;
            }
            current = batch.iterator();
        }
        return true;
    }

    @Override
    public Parsed next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        try {
            worker.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
