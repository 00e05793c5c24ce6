package com.storeboard.jobs;

import com.storeboard.cache.Reservation;
import com.storeboard.cache.SnapshotRefresher;
import com.storeboard.diagnosis.model.Snapshot;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Refreshes asked for by people and machines (REST, the job admin view): single flight per scope, run by the
 * refresh job so that they appear in the job history like every other run.
 */
@Service
public class RefreshRequests {

    private static final Logger log = LoggerFactory.getLogger(RefreshRequests.class);

    private final SnapshotRefresher refresher;
    private final RefreshTriggers triggers;

    RefreshRequests(SnapshotRefresher refresher, RefreshTriggers triggers) {
        this.refresher = refresher;
        this.triggers = triggers;
    }

    /**
     * Starts a forced refresh of the scope now, or points at the run already refreshing it.
     *
     * @throws RefreshNotStartedException when the job store does not take the run
     */
    public RefreshTicket request(Snapshot.Scope scope) {
        String runId = UUID.randomUUID().toString();
        Optional<Reservation> reservation = refresher.reserve(scope, runId);
        if (reservation.isEmpty()) {
            Optional<String> running = refresher.runInProgress(scope);
            if (running.isPresent()) {
                return new RefreshTicket(running.get(), RefreshTicket.Status.IN_PROGRESS, scope);
            }
            // Redis does not answer (or the other run just ended): run anyway; the run records what happens
        }
        try {
            triggers.runNow(RunReason.MANUAL, runId, List.of(scope), true,
                    reservation.map(Reservation::token).orElse(null));
        } catch (SchedulerException | RuntimeException e) {
            reservation.ifPresent(this::releaseQuietly);
            throw new RefreshNotStartedException("无法启动 " + scope.label() + " 的刷新 (could not start the refresh of "
                    + scope.label() + "): " + e.getMessage(), e);
        }
        log.info("[后台任务] 手动刷新 {} (运行 {})", scope.label(), runId);
        return new RefreshTicket(runId, RefreshTicket.Status.STARTED, scope);
    }

    private void releaseQuietly(Reservation reservation) {
        try {
            refresher.release(reservation);
        } catch (RuntimeException e) {
            log.warn("[后台任务] 无法释放 {} 的刷新锁: {}。它会在锁超时后自动释放。", reservation.scope().label(), e.getMessage());
        }
    }

    /** The job store (database) did not accept the run; nothing was started and no lock is held. */
    public static class RefreshNotStartedException extends RuntimeException {
        public RefreshNotStartedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
