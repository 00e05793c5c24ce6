package com.storeboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.storeboard.cache.RefreshOptions;
import com.storeboard.cache.Reservation;
import com.storeboard.cache.ScopeRefresh;
import com.storeboard.cache.SnapshotRefresher;
import com.storeboard.diagnosis.model.Snapshot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.Mockito;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

class DiagnosisRefreshJobTest {

    private static final Snapshot.Scope ALL = Snapshot.Scope.all();
    private static final Snapshot.Scope A = Snapshot.Scope.store("朝阳门店");
    private static final Snapshot.Scope B = Snapshot.Scope.store("海淀门店");

    private final SnapshotRefresher refresher = mock(SnapshotRefresher.class);
    private final DiagnosisRefreshJob job = new DiagnosisRefreshJob(refresher, Settings.defaults());

    @Test
    void a_scheduled_run_refreshes_every_scope_one_after_the_other_and_succeeds_when_none_failed() {
        when(refresher.scopes()).thenReturn(List.of(ALL, A, B));
        when(refresher.refresh(eq(ALL), any())).thenReturn(outcome(ALL, ScopeRefresh.Outcome.REFRESHED));
        when(refresher.refresh(eq(A), any())).thenReturn(outcome(A, ScopeRefresh.Outcome.UNCHANGED));
        when(refresher.refresh(eq(B), any())).thenReturn(outcome(B, ScopeRefresh.Outcome.JOINED));
        JobExecutionContext context = Fired.context(new JobDataMap(), false, job);

        job.execute(context);

        RefreshRunResult result = (RefreshRunResult) context.getResult();
        assertThat(result.outcome()).isEqualTo(RefreshRunResult.Outcome.SUCCESS);
        assertThat(result.reason()).isEqualTo(RunReason.SCHEDULE);
        assertThat(result.runId()).isEqualTo(RunData.runId(context));
        assertThat(result.scopes()).extracting(ScopeRefresh::scope).containsExactly(ALL, A, B);
        assertThat(List.of(result.refreshed(), result.unchanged(), result.failed())).containsExactly(1, 2, 0);
        InOrder order = Mockito.inOrder(refresher);
        order.verify(refresher).refresh(eq(ALL), any());
        order.verify(refresher).refresh(eq(A), any());
        order.verify(refresher).refresh(eq(B), any());
    }

    @Test
    void a_scheduled_run_is_not_forced_waits_for_a_running_refresh_up_to_the_join_wait_and_takes_its_own_lock() {
        when(refresher.scopes()).thenReturn(List.of(ALL));
        when(refresher.refresh(eq(ALL), any())).thenReturn(outcome(ALL, ScopeRefresh.Outcome.UNCHANGED));
        JobExecutionContext context = Fired.context(new JobDataMap(), false, job);

        job.execute(context);

        ArgumentCaptor<RefreshOptions> options = ArgumentCaptor.forClass(RefreshOptions.class);
        verify(refresher).refresh(eq(ALL), options.capture());
        assertThat(options.getValue()).isEqualTo(new RefreshOptions(false, Duration.ofSeconds(30), RunData.runId(context), null));
    }

    @Test
    void a_failing_scope_is_recorded_and_the_scopes_after_it_are_still_refreshed_so_the_run_is_partial() {
        when(refresher.scopes()).thenReturn(List.of(ALL, A, B));
        when(refresher.refresh(eq(ALL), any())).thenReturn(outcome(ALL, ScopeRefresh.Outcome.REFRESHED));
        when(refresher.refresh(eq(A), any())).thenReturn(new ScopeRefresh(A, ScopeRefresh.Outcome.FAILED, null, null, 12,
                "x", "Redis 不可用", "trace A"));
        when(refresher.refresh(eq(B), any())).thenThrow(new IllegalStateException("boom"));
        JobExecutionContext context = Fired.context(new JobDataMap(), false, job);

        job.execute(context);

        RefreshRunResult result = (RefreshRunResult) context.getResult();
        assertThat(result.outcome()).isEqualTo(RefreshRunResult.Outcome.PARTIAL);
        assertThat(List.of(result.refreshed(), result.unchanged(), result.failed())).containsExactly(1, 0, 2);
        assertThat(result.firstError()).isEqualTo("朝阳门店: Redis 不可用");
        assertThat(result.firstErrorDetail()).isEqualTo("trace A");
        assertThat(result.scopes().get(2).error()).isEqualTo("IllegalStateException: boom");
        assertThat(result.scopes().get(2).errorDetail()).contains("IllegalStateException: boom");
        assertThat(result.detail()).isEqualTo("""
                全部门店: REFRESHED (5 ms)
                朝阳门店: FAILED (12 ms) — Redis 不可用
                海淀门店: FAILED (%d ms) — IllegalStateException: boom""".formatted(result.scopes().get(2).millis()));
    }

    @Test
    void a_run_where_every_scope_failed_has_failed() {
        when(refresher.scopes()).thenReturn(List.of(ALL, A));
        when(refresher.refresh(any(), any())).thenThrow(new UnsupportedOperationException("being built"));
        JobExecutionContext context = Fired.context(new JobDataMap(), false, job);

        job.execute(context);

        RefreshRunResult result = (RefreshRunResult) context.getResult();
        assertThat(result.outcome()).isEqualTo(RefreshRunResult.Outcome.FAILED);
        assertThat(result.failed()).isEqualTo(2);
    }

    @Test
    void a_run_that_cannot_list_the_scopes_has_failed_with_the_reason() {
        when(refresher.scopes()).thenThrow(new IllegalStateException("database down"));
        JobExecutionContext context = Fired.context(new JobDataMap(), false, job);

        job.execute(context);

        RefreshRunResult result = (RefreshRunResult) context.getResult();
        assertThat(result.outcome()).isEqualTo(RefreshRunResult.Outcome.FAILED);
        assertThat(result.scopes()).isEmpty();
        assertThat(result.firstError()).isEqualTo("无法列出门店: database down");
        assertThat(result.firstErrorDetail()).contains("database down");
    }

    @Test
    void an_import_run_refreshes_only_the_scopes_of_its_trigger() {
        when(refresher.refresh(any(), any())).thenAnswer(i -> outcome(i.getArgument(0), ScopeRefresh.Outcome.REFRESHED));
        JobExecutionContext context = Fired.context(RunData.of(RunReason.IMPORT, "imp-1", List.of(ALL, B), false, null),
                false, job);

        job.execute(context);

        RefreshRunResult result = (RefreshRunResult) context.getResult();
        assertThat(result.scopes()).extracting(ScopeRefresh::scope).containsExactly(ALL, B);
        assertThat(result.runId()).isEqualTo("imp-1");
        assertThat(result.reason()).isEqualTo(RunReason.IMPORT);
        verify(refresher, never()).scopes();
    }

    @Test
    void a_manual_run_is_forced_and_uses_the_lock_reserved_for_it() {
        when(refresher.refresh(any(), any())).thenAnswer(i -> outcome(i.getArgument(0), ScopeRefresh.Outcome.REFRESHED));
        JobExecutionContext context = Fired.context(RunData.of(RunReason.MANUAL, "man-1", List.of(A), true, "tok-9"),
                false, job);

        job.execute(context);

        verify(refresher).refresh(A, new RefreshOptions(true, Duration.ofSeconds(30), "man-1", new Reservation(A, "man-1", "tok-9")));
    }

    @Test
    void a_recovered_manual_run_does_not_use_the_reservation_of_the_run_that_died() {
        when(refresher.refresh(any(), any())).thenAnswer(i -> outcome(i.getArgument(0), ScopeRefresh.Outcome.REFRESHED));
        JobExecutionContext context = Fired.context(RunData.of(RunReason.MANUAL, "man-1", List.of(A), true, "tok-9"),
                true, job);

        job.execute(context);

        ArgumentCaptor<RefreshOptions> options = ArgumentCaptor.forClass(RefreshOptions.class);
        verify(refresher).refresh(eq(A), options.capture());
        assertThat(options.getValue().reservation()).isNull();
        assertThat(options.getValue().force()).isTrue();
        assertThat(options.getValue().runId()).isNotEqualTo("man-1");
        assertThat(((RefreshRunResult) context.getResult()).reason()).isEqualTo(RunReason.RECOVERY);
    }

    private static ScopeRefresh outcome(Snapshot.Scope scope, ScopeRefresh.Outcome outcome) {
        return new ScopeRefresh(scope, outcome, "2026-11-25T10:00:00+08:00", "v1", 5, null, null, null);
    }
}
