package com.storeboard.importing;

/**
 * Progress of a running import, reported a few times per second at most.
 *
 * @param phase         READING (files are parsed and checked) or WRITING (partitions are stored)
 * @param file          the file being read, or null while writing
 * @param fraction      0…1 of the current phase
 * @param rows          rows read (READING) or written (WRITING) so far
 * @param rowsPerSecond rate of the current phase
 */
public record ImportProgress(Phase phase, String file, double fraction, long rows, double rowsPerSecond) {

    public enum Phase { READING, WRITING }

    /** Receives progress; called on the importing thread. */
    @FunctionalInterface
    public interface Listener {
        void update(ImportProgress progress);

        Listener NONE = progress -> { };
    }
}
