package com.storeboard.jobs;

import com.storeboard.diagnosis.model.Snapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.springframework.stereotype.Component;

/**
 * Starts one run of 更新诊断数据缓存 now: a one-shot trigger in the job store, picked up by whichever node is free (or
 * by the next node that starts, when none runs: a command-line import leaves its refresh for the board).
 */
@Component
class RefreshTriggers {

    private final Scheduler scheduler;
    private final RefreshJobDefinition definition;
    private final JobRunRepository runs;
    private final Clock clock;

    RefreshTriggers(Scheduler scheduler, RefreshJobDefinition definition, JobRunRepository runs, Clock clock) {
        this.scheduler = scheduler;
        this.definition = definition;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * @param scopes           null for every scope
     * @param reservationToken the lock taken for the run ahead of it, or null
     */
    void runNow(RunReason reason, String runId, List<Snapshot.Scope> scopes, boolean force, String reservationToken)
            throws SchedulerException {
        ensureJob();
        Trigger trigger = RefreshJobDefinition.once(reason, runId, RunData.of(reason, runId, scopes, force, reservationToken));
        Instant now = clock.instant();
        // visible in the history (QUEUED) from now on, so that a run id handed out can always be looked up
        runs.queued(new JobRunRepository.Start(runId, RefreshJobDefinition.JOB.getName(), RefreshJobDefinition.JOB.getGroup(),
                trigger.getKey().getName(), trigger.getKey().getGroup(), scheduler.getSchedulerInstanceId(), reason.name(),
                now, now));
        try {
            scheduler.scheduleJob(trigger);
        } catch (SchedulerException | RuntimeException e) {
            runs.unqueued(runId);
            throw e;
        }
    }

    /** Stores the job when no start has yet (another node may do the same at the same moment). */
    void ensureJob() throws SchedulerException {
        if (!scheduler.checkExists(RefreshJobDefinition.JOB)) {
            try {
                scheduler.addJob(definition.jobDetail(), false);
            } catch (ObjectAlreadyExistsException e) {
                // stored by another node meanwhile
            }
        }
    }
}
