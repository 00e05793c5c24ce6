package com.storeboard.jobs;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads the job run history (written by the job listener, {@link JobRunRecorder}). */
@Service
public class JobHistory {

    private final JobRunRepository runs;

    JobHistory(JobRunRepository runs) {
        this.runs = runs;
    }

    public Optional<JobRun> run(String runId) {
        return runs.find(runId);
    }

    /** Newest first. */
    public List<JobRun> recent(int limit) {
        return runs.recent(Math.max(0, limit));
    }
}
