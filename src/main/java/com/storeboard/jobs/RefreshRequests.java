package com.storeboard.jobs;

import com.storeboard.diagnosis.model.Snapshot;
import org.springframework.stereotype.Service;

/**
 * Refreshes asked for by people and machines (REST, the job admin view): single flight per scope, run by the
 * refresh job so that they appear in the job history like every other run.
 */
@Service
public class RefreshRequests {

    /** Starts a forced refresh of the scope now, or points at the run already refreshing it. */
    public RefreshTicket request(Snapshot.Scope scope) {
        throw new UnsupportedOperationException("being built");
    }
}
