package com.storeboard.cache;

import com.storeboard.diagnosis.model.Snapshot;

/** The refresh lock of a scope, taken ahead of the run that will use it (see {@link SnapshotRefresher#reserve}). */
public record Reservation(Snapshot.Scope scope, String runId, String token) {
}
