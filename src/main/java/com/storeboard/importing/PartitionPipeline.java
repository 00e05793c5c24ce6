package com.storeboard.importing;

import com.storeboard.importing.ImportRun.PartitionKey;
import com.storeboard.importing.ImportRun.PartitionRows;
import com.storeboard.orders.Digests;
import com.storeboard.orders.PartitionColumns;
import com.storeboard.orders.LineSource;
import com.storeboard.orders.OrderLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Prepares the partitions of the writing pass (read back from the spill, sorted, digested) on a second
 * thread, a few ahead of the thread that writes them: the database and the preparation then share the
 * machine's cores instead of taking turns.
 */
final class PartitionPipeline implements AutoCloseable {

    private static final int AHEAD = 3;

    /** A partition ready to be compared and written: lines in key order with their sources, and its digest. */
    /** A partition ready to write: lines in key order, their digest and the columns packed for the diagnosis. */
    record Prepared(PartitionKey key, List<OrderLine> lines, List<LineSource> sources, String digest, byte[] packedColumns) {
    }

    private final ImportRun run;
    private final UUID importId;
    private final Iterator<Map.Entry<PartitionKey, PartitionRows>> partitions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("import-prepare").daemon(true).factory());
    private final Deque<CompletableFuture<Prepared>> queue = new ArrayDeque<>();
    private long waitedNanos;

    PartitionPipeline(ImportRun run, UUID importId, Map<PartitionKey, PartitionRows> partitions) {
        this.run = run;
        this.importId = importId;
        this.partitions = partitions.entrySet().iterator();
        fill();
    }

    /** The next partition in (store, date) order, or null when all are done. */
    Prepared next() {
        CompletableFuture<Prepared> head = queue.pollFirst();
        if (head == null) {
            return null;
        }
        fill();
        long start = System.nanoTime();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            waitedNanos += System.nanoTime() - start;
        }
    }

    /** How long the writing thread waited for prepared partitions: a measure of which side is the bottleneck. */
    long waitedMillis() {
        return waitedNanos / 1_000_000;
    }

    private void fill() {
        while (queue.size() < AHEAD && partitions.hasNext()) {
            Map.Entry<PartitionKey, PartitionRows> entry = partitions.next();
            queue.addLast(CompletableFuture.supplyAsync(() -> prepare(entry.getKey(), entry.getValue()), worker));
        }
    }

    private Prepared prepare(PartitionKey key, PartitionRows rows) {
        List<OrderLine> lines = new ArrayList<>(rows.size);
        List<LineSource> sources = new ArrayList<>(rows.size);
        for (int i = 0; i < rows.size; i++) {
            if (rows.isDropped(i)) {
                continue;
            }
            LineDraft draft = run.line(rows.addresses[i]);
            lines.add(draft.toOrderLine(run.kilometres(draft.fileIndex)));
            sources.add(new LineSource(importId, run.files().get(draft.fileIndex).file.name(), draft.row));
        }
        // one sort serves the digest (§4.12) and the insert, which appends to the primary key in key order
        Integer[] order = new Integer[lines.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Digests.PARTITION_ORDER.compare(lines.get(a), lines.get(b)));
        List<OrderLine> sortedLines = new ArrayList<>(order.length);
        List<LineSource> sortedSources = new ArrayList<>(order.length);
        for (int i : order) {
            sortedLines.add(lines.get(i));
            sortedSources.add(sources.get(i));
        }
        return new Prepared(key, sortedLines, sortedSources, Digests.digestOfSorted(sortedLines),
                PartitionColumns.encode(sortedLines));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
