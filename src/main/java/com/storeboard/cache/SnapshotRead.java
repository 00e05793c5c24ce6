package com.storeboard.cache;

import com.storeboard.diagnosis.model.Snapshot;
import java.time.Duration;
import java.util.Optional;

/**
 * What a reader gets for a scope: never a computation, always an answer within the Redis timeouts.
 *
 * @param snapshot the newest snapshot this node can find, or null when none exists anywhere yet
 * @param age      time since the snapshot's computedAt (zero when there is none)
 */
public record SnapshotRead(Snapshot.Scope scope, CachedSnapshot snapshot, Freshness freshness, StaleReason reason,
        Duration age) {

    public enum Freshness {
        /** From the latest key (or this node's copy of it), within its TTL. */
        FRESH,
        /** A last-good copy: shown, marked stale, with the reason. */
        STALE,
        /** Nothing computed yet for this scope (first start, warm-up still running). */
        MISSING
    }

    public enum StaleReason {
        NONE,
        /** The latest key expired: no refresh has succeeded for longer than the TTL. */
        EXPIRED,
        /** Redis did not answer: this node's in-memory copy is shown. */
        REDIS_UNAVAILABLE,
        /** Redis holds a value this version cannot read (corrupt, or another schema version). */
        UNREADABLE
    }

    public Optional<CachedSnapshot> found() {
        return Optional.ofNullable(snapshot);
    }

    public boolean stale() {
        return freshness == Freshness.STALE;
    }
}
