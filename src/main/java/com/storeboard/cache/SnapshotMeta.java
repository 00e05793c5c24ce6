package com.storeboard.cache;

import com.storeboard.diagnosis.model.Snapshot;
import java.util.List;

/**
 * Stored next to a snapshot's JSON (the {@code …-meta} keys), written in the same transaction: the metadata every
 * reader needs, the length and CRC-32C of the JSON, so that a reader can trust the bytes without parsing 2 MB, and
 * where each card's headline, rows and extras lie in them, so that the cards' faces decode without their rows.
 *
 * @param parts in document order; {@code card} counts cards across the layers from 0
 */
record SnapshotMeta(int schemaVersion, Snapshot.Scope scope, String computedAt, String dataVersion,
        String configFingerprint, int length, long crc32c, List<Part> parts) {

    /** The bytes [start, end) of one card's {@code field} (headline, rows or extras): a JSON object or array. */
    record Part(int card, String field, int start, int end) {
    }
}
