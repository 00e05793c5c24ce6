package com.storeboard.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a file's rows on a second thread, in small batches, while the importing thread checks the rows
 * already read: decoding and parsing the file and validating its rows then run side by side.
 */
final class PrefetchingSource implements SheetSource {

    private static final int BATCH = 512;
    private static final List<SourceRow> END = List.of();

    private final SheetSource source;
    private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(16);
    private final Thread reader;
    private volatile boolean closed;
    private Iterator<SourceRow> current = java.util.Collections.emptyIterator();
    private boolean finished;

    PrefetchingSource(SheetSource source) {
        this.source = source;
        this.reader = Thread.ofPlatform().name("import-read").daemon(true).start(this::readAll);
    }

    private void readAll() {
        try {
            List<SourceRow> batch = new ArrayList<>(BATCH);
            while (!closed && source.hasNext()) {
                batch.add(source.next());
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
                // the importing thread is busy; wait for room
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
            List<SourceRow> batch = (List<SourceRow>) item;
            if (batch == END) {
                finished = true;
                return false;
            }
            current = batch.iterator();
        }
        return true;
    }

    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public String format() {
        return source.format();
    }

    @Override
    public String encoding() {
        return source.encoding();
    }

    @Override
    public double progress() {
        return source.progress();
    }

    @Override
    public List<String> notices() {
        return source.notices();
    }

    SheetSource unwrap() {
        return source;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        reader.interrupt();
        try {
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
