package com.storeboard.jobs;

import com.storeboard.diagnosis.model.Snapshot;
import java.util.List;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.stereotype.Component;

/**
 * Starts one run of 更新诊断数据缓存 now: a one-shot trigger in the job store, picked up by whichever node is free (or
 * by the next node that starts, when none runs: a command-line import leaves its refresh for the board).
 */
@Component
class RefreshTriggers {

    private final Scheduler scheduler;
    private final RefreshJobDefinition definition;

    RefreshTriggers(Scheduler scheduler, RefreshJobDefinition definition) {
        this.scheduler = scheduler;
        this.definition = definition;
    }

    /**
     * @param scopes           null for every scope
     * @param reservationToken the lock taken for the run ahead of it, or null
     */
    void runNow(RunReason reason, String runId, List<Snapshot.Scope> scopes, boolean force, String reservationToken)
            throws SchedulerException {
        ensureJob();
        scheduler.scheduleJob(RefreshJobDefinition.once(reason, runId,
                RunData.of(reason, runId, scopes, force, reservationToken)));
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
