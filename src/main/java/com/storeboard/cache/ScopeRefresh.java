package com.storeboard.cache;

import com.storeboard.diagnosis.model.Snapshot;

/**
 * How the refresh of one scope ended.
 *
 * @param computedAt  of the snapshot now in the cache (null when FAILED without any)
 * @param millis      wall time of this request, waiting included
 * @param runId       the run that computed (for JOINED/IN_PROGRESS: the other run)
 * @param error       one line for people (FAILED only)
 * @param errorDetail stack trace (FAILED only)
 */
public record ScopeRefresh(Snapshot.Scope scope, Outcome outcome, String computedAt, String dataVersion, long millis,
        String runId, String error, String errorDetail) {

    public enum Outcome {
        /** Computed and written. */
        REFRESHED,
        /** Data and settings unchanged since the cached snapshot: its TTL was renewed, nothing computed. */
        UNCHANGED,
        /** Another refresh of the scope was running; this one waited for its result. */
        JOINED,
        /** Another refresh of the scope is running and this request did not wait. */
        IN_PROGRESS,
        /** Nothing written; the last good snapshot stays. */
        FAILED
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
