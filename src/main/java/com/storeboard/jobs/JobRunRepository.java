package com.storeboard.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The job_run table (V4): one row per job run, RUNNING until the run ends. */
@Repository
class JobRunRepository {

    static final String RUNNING = "RUNNING";
    /** Requested and stored in the job store, not started yet (no node free, or the previous run still going). */
    static final String QUEUED = "QUEUED";
    private static final String COLUMNS = "run_id, job_name, trigger_name, node, scheduled_at, started_at, finished_at, "
            + "duration_ms, outcome, reason, scopes_refreshed, scopes_total, detail, error_message, error_stack, "
            + "scopes_unchanged, scopes_failed";

    private final JdbcClient jdbc;

    JobRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A run that started. */
    record Start(String runId, String jobName, String jobGroup, String triggerName, String triggerGroup, String node,
            String reason, Instant scheduledAt, Instant startedAt) {
    }

    /** How a run ended. */
    record End(String runId, Instant finishedAt, long durationMillis, String outcome, int scopesTotal,
            int scopesRefreshed, int scopesUnchanged, int scopesFailed, String detail, String errorMessage,
            String errorStack) {
    }

    /**
     * A run asked for now (manual, import, warm-up) becomes visible at once; {@code started_at} holds the time it was
     * requested until it starts.
     */
    void queued(Start s) {
        jdbc.sql("insert into job_run (run_id, job_name, job_group, trigger_name, trigger_group, node, reason, scheduled_at, "
                        + "started_at, outcome, scopes_total, scopes_refreshed, scopes_unchanged, scopes_failed) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)")
                .params(s.runId(), cut(s.jobName(), 200), cut(s.jobGroup(), 200), cut(s.triggerName(), 200),
                        cut(s.triggerGroup(), 200), cut(s.node(), 200), s.reason(), utc(s.scheduledAt()),
                        utc(s.startedAt()), QUEUED)
                .update();
    }

    /** Forgets a queued run whose trigger the job store did not take. */
    void unqueued(String runId) {
        jdbc.sql("delete from job_run where run_id = ? and outcome = ?").params(runId, QUEUED).update();
    }

    void started(Start s) {
        int queued = jdbc.sql("update job_run set node = ?, trigger_name = ?, trigger_group = ?, scheduled_at = ?, "
                        + "started_at = ?, outcome = ? where run_id = ? and outcome = ?")
                .params(cut(s.node(), 200), cut(s.triggerName(), 200), cut(s.triggerGroup(), 200), utc(s.scheduledAt()),
                        utc(s.startedAt()), RUNNING, s.runId(), QUEUED)
                .update();
        if (queued == 1) {
            return;
        }
        jdbc.sql("insert into job_run (run_id, job_name, job_group, trigger_name, trigger_group, node, reason, scheduled_at, "
                        + "started_at, outcome, scopes_total, scopes_refreshed, scopes_unchanged, scopes_failed) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)")
                .params(s.runId(), cut(s.jobName(), 200), cut(s.jobGroup(), 200), cut(s.triggerName(), 200),
                        cut(s.triggerGroup(), 200), cut(s.node(), 200), s.reason(), utc(s.scheduledAt()),
                        utc(s.startedAt()), RUNNING)
                .update();
    }

    /** Completes the row; returns false when there was none (its insert failed), then inserts nothing. */
    boolean ended(End e) {
        return jdbc.sql("update job_run set finished_at = ?, duration_ms = ?, outcome = ?, scopes_total = ?, "
                        + "scopes_refreshed = ?, scopes_unchanged = ?, scopes_failed = ?, detail = ?, error_message = ?, "
                        + "error_stack = ? where run_id = ?")
                .params(utc(e.finishedAt()), e.durationMillis(), e.outcome(), e.scopesTotal(), e.scopesRefreshed(),
                        e.scopesUnchanged(), e.scopesFailed(), cut(e.detail(), 100_000), cut(e.errorMessage(), 2000),
                        cut(e.errorStack(), 100_000), e.runId())
                .update() == 1;
    }

    /**
     * Marks the run a node was executing when it died as FAILED (its recovery is a new run). Matched by the run id
     * its trigger carried or, for scheduled fires, by trigger and scheduled time.
     */
    int abandoned(String jobName, String jobGroup, String runId, String triggerName, String triggerGroup,
            Instant scheduledAt, Instant now, String message) {
        return jdbc.sql("update job_run set outcome = 'FAILED', finished_at = ?, error_message = ? where outcome = ? "
                        + "and job_name = ? and job_group = ? and (run_id = ? or (trigger_name = ? and trigger_group = ? "
                        + "and scheduled_at = ?))")
                .params(utc(now), cut(message, 2000), RUNNING, jobName, jobGroup, runId == null ? "" : runId,
                        triggerName == null ? "" : triggerName, triggerGroup == null ? "" : triggerGroup, utc(scheduledAt))
                .update();
    }

    int deleteStartedBefore(Instant cutoff) {
        return jdbc.sql("delete from job_run where started_at < ?").params(utc(cutoff)).update();
    }

    Optional<JobRun> find(String runId) {
        return jdbc.sql("select " + COLUMNS + " from job_run where run_id = ?").params(runId).query(JobRunRepository::map)
                .optional();
    }

    List<JobRun> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from job_run order by started_at desc, run_id limit ?").params(limit)
                .query(JobRunRepository::map).list();
    }

    /** The newest run of a job that has started (a queued one has no outcome to show yet). */
    Optional<JobRun> latest(String jobName, String jobGroup) {
        return jdbc.sql("select " + COLUMNS + " from job_run where job_name = ? and job_group = ? and outcome <> ? "
                        + "order by started_at desc, run_id limit 1")
                .params(jobName, jobGroup, QUEUED).query(JobRunRepository::map).optional();
    }

    private static JobRun map(ResultSet rs, int row) throws SQLException {
        long duration = rs.getLong(8);
        Long durationMillis = rs.wasNull() ? null : duration;
        return new JobRun(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                instant(rs.getObject(5, OffsetDateTime.class)), instant(rs.getObject(6, OffsetDateTime.class)),
                instant(rs.getObject(7, OffsetDateTime.class)), durationMillis, rs.getString(9), rs.getString(10),
                rs.getInt(11), rs.getInt(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getInt(16),
                rs.getInt(17));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
