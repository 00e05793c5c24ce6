package com.storeboard.cache;

import com.storeboard.diagnosis.model.Snapshot;

/**
 * Published on the Redis channel after a new snapshot was written, received by every node (this one too) and
 * handed to its listeners (open views, server-sent event streams).
 *
 * @param node the node that wrote it: host name and process id
 */
public record SnapshotUpdated(Snapshot.Scope scope, String computedAt, String dataVersion, String node) {
}
