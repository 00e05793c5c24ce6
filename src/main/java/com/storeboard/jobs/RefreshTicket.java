package com.storeboard.jobs;

import com.storeboard.diagnosis.model.Snapshot;

/**
 * The answer to a refresh request: the run that will compute (STARTED) or the one already computing the scope
 * (IN_PROGRESS); either way the caller can follow {@link #runId()} in the job history.
 */
public record RefreshTicket(String runId, Status status, Snapshot.Scope scope) {

    public enum Status { STARTED, IN_PROGRESS }
}
