package com.storeboard.cache;

import com.storeboard.diagnosis.model.Snapshot;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A snapshot as the cache holds it: the exact JSON bytes that were written (served as they are by the API) and the
 * metadata every reader needs without decoding the whole of it. {@link #snapshot()} decodes on first use.
 */
public final class CachedSnapshot {

    private final Snapshot.Scope scope;
    private final int schemaVersion;
    private final String computedAt;
    private final String dataVersion;
    private final String configFingerprint;
    private final byte[] json;
    private volatile Snapshot decoded;

    CachedSnapshot(Snapshot.Scope scope, int schemaVersion, String computedAt, String dataVersion,
            String configFingerprint, byte[] json, Snapshot decoded) {
        this.scope = Objects.requireNonNull(scope);
        this.schemaVersion = schemaVersion;
        this.computedAt = computedAt;
        this.dataVersion = dataVersion;
        this.configFingerprint = configFingerprint;
        this.json = json;
        this.decoded = decoded;
    }

    public Snapshot.Scope scope() {
        return scope;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** ISO offset date-time, seconds. */
    public String computedAt() {
        return computedAt;
    }

    public String dataVersion() {
        return dataVersion;
    }

    public String configFingerprint() {
        return configFingerprint;
    }

    /** The JSON as stored, UTF-8; do not modify. */
    public byte[] json() {
        return json;
    }

    public String jsonText() {
        return new String(json, StandardCharsets.UTF_8);
    }

    /** The decoded snapshot (cards' headline, rows and extras as JSON maps and lists). */
    public Snapshot snapshot() {
        Snapshot s = decoded;
        if (s == null) {
            s = SnapshotCodec.decode(json);
            decoded = s;
        }
        return s;
    }
}
