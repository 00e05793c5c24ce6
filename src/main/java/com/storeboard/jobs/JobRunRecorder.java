package com.storeboard.jobs;

import com.storeboard.config.StoreboardProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes every job run of this node's scheduler to the history: a RUNNING row when it starts, the outcome when it
 * ends, then deletes rows older than the retention. Never throws: Quartz would put the job's triggers in ERROR
 * state if a listener did, and a history that cannot be written must not stop the refresh.
 */
@Component
class JobRunRecorder implements JobListener {

    static final String NAME = "storeboard-job-history";

    private static final Logger log = LoggerFactory.getLogger(JobRunRecorder.class);

    private final JobRunRepository runs;
    private final StoreboardProperties properties;
    private final Clock clock;

    JobRunRecorder(JobRunRepository runs, StoreboardProperties properties, Clock clock) {
        this.runs = runs;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        try {
            String runId = RunData.runId(context);
            Trigger trigger = context.getTrigger();
            String node = node(context);
            Instant started = context.getFireTime() == null ? clock.instant() : context.getFireTime().toInstant();
            if (context.isRecovering()) {
                markInterrupted(context, runId, node);
            }
            runs.started(new JobRunRepository.Start(runId, context.getJobDetail().getKey().getName(),
                    context.getJobDetail().getKey().getGroup(), trigger.getKey().getName(), trigger.getKey().getGroup(),
                    node, RunData.reason(context).name(), instant(context.getScheduledFireTime()), started));
        } catch (RuntimeException e) {
            log.warn("[后台任务] 无法记录任务 {} 的开始: {}。任务照常运行；请检查数据库。", context.getJobDetail().getKey(),
                    e.getMessage());
        }
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
        // a vetoed job never started: nothing was written
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException jobException) {
        try {
            JobRunRepository.End end = end(context, jobException, clock.instant());
            if (!runs.ended(end)) {
                log.warn("[后台任务] 任务 {} 的运行 {} 没有开始记录，结果未写入历史。", context.getJobDetail().getKey(),
                        end.runId());
            }
            Instant cutoff = clock.instant().minus(properties.jobs().historyRetention());
            int deleted = runs.deleteStartedBefore(cutoff);
            if (deleted > 0) {
                log.debug("[后台任务] 已删除 {} 条早于 {} 的任务运行记录。", deleted, cutoff);
            }
        } catch (RuntimeException e) {
            log.warn("[后台任务] 无法记录任务 {} 的结果: {}。请检查数据库。", context.getJobDetail().getKey(), e.getMessage());
        }
    }

    /** The history row of a run that ended, from the job's result or its exception. */
    static JobRunRepository.End end(JobExecutionContext context, JobExecutionException jobException, Instant now) {
        String runId = RunData.runId(context);
        long duration = Math.max(0, context.getJobRunTime());
        if (context.getResult() instanceof RefreshRunResult result && jobException == null) {
            return new JobRunRepository.End(runId, now, duration, result.outcome().name(), result.scopes().size(),
                    result.refreshed(), result.unchanged(), result.failed(), result.detail(), result.firstError(),
                    result.firstErrorDetail());
        }
        if (jobException != null) {
            Throwable cause = jobException.getCause() != null ? jobException.getCause() : jobException;
            String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
            return new JobRunRepository.End(runId, now, duration, "FAILED", 0, 0, 0, 0, null, message,
                    DiagnosisRefreshJob.stackTrace(jobException));
        }
        return new JobRunRepository.End(runId, now, duration, "SUCCESS", 0, 0, 0, 0, null, null, null);
    }

    /** A recovery re-runs what a node that died was executing: its row says so instead of RUNNING forever. */
    private void markInterrupted(JobExecutionContext context, String runId, String node) {
        JobDataMap data = context.getMergedJobDataMap();
        String originalFire = data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS);
        Instant scheduled = originalFire == null ? null : Instant.ofEpochMilli(Long.parseLong(originalFire));
        int marked = runs.abandoned(context.getJobDetail().getKey().getName(), context.getJobDetail().getKey().getGroup(),
                RunData.givenRunId(context).orElse(null), data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_NAME),
                data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_GROUP), scheduled, clock.instant(),
                "运行中的节点停止了；节点 " + node + " 以运行 " + runId + " 恢复执行。");
        log.warn("[后台任务] 恢复执行任务 {}: 原来运行它的节点已停止 (节点 {} 接手，运行 {})。", context.getJobDetail().getKey(), node,
                runId);
        if (marked == 0) {
            log.debug("No interrupted run found for the recovery {}", runId);
        }
    }

    private static String node(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "?";
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
