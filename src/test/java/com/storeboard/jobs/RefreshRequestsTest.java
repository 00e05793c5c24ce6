package com.storeboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.storeboard.cache.Reservation;
import com.storeboard.cache.SnapshotRefresher;
import com.storeboard.diagnosis.model.Snapshot;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.quartz.JobPersistenceException;

class RefreshRequestsTest {

    private static final Snapshot.Scope A = Snapshot.Scope.store("朝阳门店");

    private final SnapshotRefresher refresher = mock(SnapshotRefresher.class);
    private final RefreshTriggers triggers = mock(RefreshTriggers.class);
    private final RefreshRequests requests = new RefreshRequests(refresher, triggers);

    @Test
    void a_request_reserves_the_scope_and_starts_a_forced_manual_run_that_uses_the_reservation() throws Exception {
        when(refresher.reserve(eq(A), anyString())).thenAnswer(i -> Optional.of(new Reservation(A, i.getArgument(1), "tok")));

        RefreshTicket ticket = requests.request(A);

        ArgumentCaptor<String> runId = ArgumentCaptor.forClass(String.class);
        verify(refresher).reserve(eq(A), runId.capture());
        assertThat(ticket).isEqualTo(new RefreshTicket(runId.getValue(), RefreshTicket.Status.STARTED, A));
        assertThat(ticket.runId()).hasSize(36);
        verify(triggers).runNow(RunReason.MANUAL, ticket.runId(), List.of(A), true, "tok");
    }

    @Test
    void a_request_while_another_run_refreshes_the_scope_points_at_that_run_and_starts_nothing() throws Exception {
        when(refresher.reserve(eq(A), anyString())).thenReturn(Optional.empty());
        when(refresher.runInProgress(A)).thenReturn(Optional.of("other-run"));

        RefreshTicket ticket = requests.request(A);

        assertThat(ticket).isEqualTo(new RefreshTicket("other-run", RefreshTicket.Status.IN_PROGRESS, A));
        verify(triggers, never()).runNow(any(), any(), any(), anyBoolean(), any());
    }

    @Test
    void when_redis_does_not_answer_the_run_starts_without_a_reservation() throws Exception {
        when(refresher.reserve(eq(A), anyString())).thenReturn(Optional.empty());
        when(refresher.runInProgress(A)).thenReturn(Optional.empty());

        RefreshTicket ticket = requests.request(A);

        assertThat(ticket.status()).isEqualTo(RefreshTicket.Status.STARTED);
        verify(triggers).runNow(eq(RunReason.MANUAL), eq(ticket.runId()), eq(List.of(A)), eq(true), isNull());
    }

    @Test
    void when_the_job_store_refuses_the_run_the_reservation_is_given_back_and_the_caller_learns_why() throws Exception {
        Reservation reservation = new Reservation(A, "r", "tok");
        when(refresher.reserve(eq(A), anyString())).thenReturn(Optional.of(reservation));
        doThrow(new JobPersistenceException("database down")).when(triggers)
                .runNow(any(), any(), any(), anyBoolean(), any());

        assertThatThrownBy(() -> requests.request(A))
                .isInstanceOf(RefreshRequests.RefreshNotStartedException.class)
                .hasMessageContaining("朝阳门店").hasMessageContaining("database down");
        verify(refresher).release(reservation);
    }
}
