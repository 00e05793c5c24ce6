package com.storeboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.storeboard.cache.ScopeRefresh;
import com.storeboard.diagnosis.model.Snapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.impl.JobExecutionContextImpl;

class JobRunRecorderTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:03Z");

    private final JobRunRepository runs = mock(JobRunRepository.class);
    private final JobRunRecorder recorder = new JobRunRecorder(runs,
            Settings.jobs(Duration.ofMinutes(5), true, true, Duration.ofDays(30)), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_run_that_starts_is_written_as_running_with_its_trigger_reason_and_times() {
        JobExecutionContext context = Fired.context(RunData.of(RunReason.IMPORT, "imp-1", null, false, null), false, null);

        recorder.jobToBeExecuted(context);

        ArgumentCaptor<JobRunRepository.Start> start = ArgumentCaptor.forClass(JobRunRepository.Start.class);
        verify(runs).started(start.capture());
        assertThat(start.getValue()).isEqualTo(new JobRunRepository.Start("imp-1", "update_diagnosis", "storeboard",
                "update_diagnosis_every", "storeboard", null, "IMPORT", Fired.SCHEDULED, Fired.SCHEDULED.plusMillis(40)));
    }

    @Test
    void a_partial_run_is_completed_with_its_counts_scope_lines_and_the_first_failure() {
        JobExecutionContext context = Fired.context(RunData.of(RunReason.SCHEDULE, "s-1", null, false, null), false, null);
        ((JobExecutionContextImpl) context).setJobRunTime(1234);
        Snapshot.Scope all = Snapshot.Scope.all();
        Snapshot.Scope a = Snapshot.Scope.store("朝阳门店");
        Snapshot.Scope b = Snapshot.Scope.store("海淀门店");
        context.setResult(RefreshRunResult.of("s-1", RunReason.SCHEDULE, List.of(
                new ScopeRefresh(all, ScopeRefresh.Outcome.REFRESHED, "t", "v", 800, "s-1", null, null),
                new ScopeRefresh(a, ScopeRefresh.Outcome.UNCHANGED, "t", "v", 3, "s-1", null, null),
                new ScopeRefresh(b, ScopeRefresh.Outcome.FAILED, null, null, 400, "s-1", "Redis 超时", "trace")), 1230));

        JobRunRepository.End end = JobRunRecorder.end(context, null, NOW);

        assertThat(end).isEqualTo(new JobRunRepository.End("s-1", NOW, 1234, "PARTIAL", 3, 1, 1, 1, """
                全部门店: REFRESHED (800 ms)
                朝阳门店: UNCHANGED (3 ms)
                海淀门店: FAILED (400 ms) — Redis 超时""", "海淀门店: Redis 超时", "trace"));
    }

    @Test
    void a_job_that_threw_is_completed_as_failed_with_the_message_and_stack_trace_of_the_cause() {
        JobDetail other = JobBuilder.newJob(org.quartz.Job.class).withIdentity("other", "it").build();
        JobExecutionContext context = Fired.context(other, "t", new JobDataMap(), false, null);

        JobRunRepository.End end = JobRunRecorder.end(context,
                new JobExecutionException(new IllegalStateException("disk full")), NOW);

        assertThat(end.outcome()).isEqualTo("FAILED");
        assertThat(end.errorMessage()).isEqualTo("disk full");
        assertThat(end.errorStack()).contains("JobExecutionException").contains("IllegalStateException: disk full");
        assertThat(end.scopesTotal()).isZero();
    }

    @Test
    void another_job_that_ended_normally_has_succeeded() {
        JobDetail other = JobBuilder.newJob(org.quartz.Job.class).withIdentity("other", "it").build();

        assertThat(JobRunRecorder.end(Fired.context(other, "t", new JobDataMap(), false, null), null, NOW).outcome())
                .isEqualTo("SUCCESS");
    }

    @Test
    void after_a_run_rows_older_than_the_retention_are_deleted() {
        JobExecutionContext context = Fired.context(new JobDataMap(), false, null);
        when(runs.ended(any())).thenReturn(true);

        recorder.jobWasExecuted(context, null);

        verify(runs).deleteStartedBefore(Instant.parse("2026-10-26T02:00:03Z"));
    }

    @Test
    void a_history_that_cannot_be_written_never_reaches_quartz() {
        JobExecutionContext context = Fired.context(new JobDataMap(), true, null);
        when(runs.abandoned(any(), any(), any(), any(), any(), any(), any(), any())).thenThrow(new IllegalStateException("db"));
        when(runs.ended(any())).thenThrow(new IllegalStateException("db"));

        assertThatCode(() -> recorder.jobToBeExecuted(context)).doesNotThrowAnyException();
        assertThatCode(() -> recorder.jobWasExecuted(context, null)).doesNotThrowAnyException();
    }
}
