package com.storeboard.jobs;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads the job run history (written by the job listener). */
@Service
public class JobHistory {

    public Optional<JobRun> run(String runId) {
        throw new UnsupportedOperationException("being built");
    }

    /** Newest first. */
    public List<JobRun> recent(int limit) {
        throw new UnsupportedOperationException("being built");
    }
}
