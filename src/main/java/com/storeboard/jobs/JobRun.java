package com.storeboard.jobs;

import java.time.Instant;

/**
 * One run of a job as the history table keeps it.
 *
 * @param outcome   RUNNING, SUCCESS, PARTIAL (some scopes failed), FAILED
 * @param reason    SCHEDULE, WARM_UP, IMPORT, MANUAL, RECOVERY
 * @param detail    one line per scope: label, outcome, time
 */
public record JobRun(String runId, String job, String trigger, String node, Instant scheduledAt, Instant startedAt,
        Instant finishedAt, Long durationMillis, String outcome, String reason, int scopesRefreshed, int scopesTotal,
        String detail, String errorMessage, String errorStack) {
}
