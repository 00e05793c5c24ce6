package com.storeboard.cache;

import com.storeboard.diagnosis.model.Snapshot;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A snapshot as the cache holds it: the exact JSON bytes that were written (served as they are by the API) and the
 * metadata every reader needs without decoding them. {@link #snapshot()} decodes on first use: the cards' faces at
 * once, each card's headline, rows and extras when they are first read.
 */
public final class CachedSnapshot {

    private final SnapshotMeta meta;
    private final byte[] json;
    /** computedAt as epoch ms, parsed once: every read reports the snapshot's age. */
    private final long computedAtMillis;
    private volatile Snapshot decoded;

    CachedSnapshot(SnapshotMeta meta, byte[] json, Snapshot decoded) {
        this.meta = Objects.requireNonNull(meta);
        this.json = json;
        this.decoded = decoded;
        this.computedAtMillis = epochMillis(meta.computedAt());
    }

    private static long epochMillis(String computedAt) {
        try {
            return OffsetDateTime.parse(computedAt).toInstant().toEpochMilli();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** computedAt as epoch milliseconds (0 when it cannot be read, which makes the snapshot look very old). */
    long computedAtMillis() {
        return computedAtMillis;
    }

    SnapshotMeta meta() {
        return meta;
    }

    public Snapshot.Scope scope() {
        return meta.scope();
    }

    public int schemaVersion() {
        return meta.schemaVersion();
    }

    /** ISO offset date-time, seconds. */
    public String computedAt() {
        return meta.computedAt();
    }

    public String dataVersion() {
        return meta.dataVersion();
    }

    public String configFingerprint() {
        return meta.configFingerprint();
    }

    /** The JSON as stored, UTF-8; do not modify. */
    public byte[] json() {
        return json;
    }

    public String jsonText() {
        return new String(json, StandardCharsets.UTF_8);
    }

    /** The decoded snapshot (cards' headline, rows and extras as JSON maps and lists, decoded when first read). */
    public Snapshot snapshot() {
        Snapshot s = decoded;
        if (s == null) {
            s = SnapshotCodec.decode(json, meta);
            decoded = s;
        }
        return s;
    }
}
