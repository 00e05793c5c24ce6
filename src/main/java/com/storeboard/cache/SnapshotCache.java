package com.storeboard.cache;

import com.storeboard.diagnosis.model.Snapshot;
import org.springframework.stereotype.Service;

/**
 * Reads snapshots for views and the API. Never computes: this node's copy while it is recent, else the latest key in
 * Redis, else the last-good key (stale, EXPIRED), else this node's last good copy (stale, REDIS_UNAVAILABLE).
 */
@Service
public class SnapshotCache {

    public SnapshotRead read(Snapshot.Scope scope) {
        throw new UnsupportedOperationException("being built");
    }
}
