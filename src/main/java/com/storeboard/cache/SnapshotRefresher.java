package com.storeboard.cache;

import com.storeboard.diagnosis.model.Snapshot;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Refreshes the cached snapshot of a scope, once across all nodes at a time: takes {@code lock:…} with
 * {@code SET NX PX} and a random token, computes, writes latest (TTL) and last-good, publishes, and releases the
 * lock with a compare-and-delete script. Never throws for a failed scope: the outcome says what happened.
 */
@Service
public class SnapshotRefresher {

    /** Every scope there is now: 全部门店 first, then each store. */
    public List<Snapshot.Scope> scopes() {
        throw new UnsupportedOperationException("being built");
    }

    public ScopeRefresh refresh(Snapshot.Scope scope, RefreshOptions options) {
        throw new UnsupportedOperationException("being built");
    }

    /**
     * Takes the lock of a scope now for a run that starts later (a REST request answers 202 at once and the job
     * runs it). Empty when a refresh of the scope is already running, or Redis does not answer.
     */
    public Optional<Reservation> reserve(Snapshot.Scope scope, String runId) {
        throw new UnsupportedOperationException("being built");
    }

    /** The run id of the refresh now holding the scope's lock, if any. */
    public Optional<String> runInProgress(Snapshot.Scope scope) {
        throw new UnsupportedOperationException("being built");
    }

    /** Gives back a reservation that will not be used (the job could not be scheduled). */
    public void release(Reservation reservation) {
        throw new UnsupportedOperationException("being built");
    }
}
