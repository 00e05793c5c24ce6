package com.storeboard.jobs;

import java.time.Instant;

/**
 * One run of a job as the history table keeps it.
 *
 * @param job             job key name (update_diagnosis)
 * @param trigger         trigger key name (update_diagnosis_every for scheduled fires, {@code <reason>_<runId>} for
 *                        runs started at once, recover_… for a recovery)
 * @param node            scheduler instance id of the node that ran it
 * @param outcome         QUEUED (requested, not started; startedAt is then the request time), RUNNING, SUCCESS,
 *                        PARTIAL (some scopes failed), FAILED
 * @param reason          SCHEDULE, WARM_UP, IMPORT, MANUAL, RECOVERY
 * @param scopesRefreshed scopes this run computed
 * @param detail          one line per scope: label, outcome, time
 * @param scopesUnchanged scopes not computed because nothing changed (or another run computed them)
 * @param scopesFailed    scopes whose refresh failed (their last snapshot stays)
 */
public record JobRun(String runId, String job, String trigger, String node, Instant scheduledAt, Instant startedAt,
        Instant finishedAt, Long durationMillis, String outcome, String reason, int scopesRefreshed, int scopesTotal,
        String detail, String errorMessage, String errorStack, int scopesUnchanged, int scopesFailed) {

    /** Without the unchanged and failed counts (as first published). */
    public JobRun(String runId, String job, String trigger, String node, Instant scheduledAt, Instant startedAt,
            Instant finishedAt, Long durationMillis, String outcome, String reason, int scopesRefreshed, int scopesTotal,
            String detail, String errorMessage, String errorStack) {
        this(runId, job, trigger, node, scheduledAt, startedAt, finishedAt, durationMillis, outcome, reason,
                scopesRefreshed, scopesTotal, detail, errorMessage, errorStack, 0, 0);
    }
}
