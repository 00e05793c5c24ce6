package com.storeboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The history table and the cluster tables on the H2 schema that Flyway makes (lower-case names). */
class JobRunRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");

    private JdbcClient jdbc;
    private JobRunRepository runs;

    @BeforeEach
    void migrate() {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:jobs-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/quartz/h2", "classpath:db/migration").load()
                .migrate();
        jdbc = JdbcClient.create(dataSource);
        runs = new JobRunRepository(jdbc);
    }

    private void start(String runId, Instant at) {
        runs.started(new JobRunRepository.Start(runId, "update_diagnosis", "storeboard", "update_diagnosis_every",
                "storeboard", "node-1", "SCHEDULE", at, at.plusMillis(15)));
    }

    @Test
    void a_started_run_reads_back_as_running_and_its_end_completes_it() {
        start("r1", T0);
        assertThat(runs.find("r1").orElseThrow().outcome()).isEqualTo("RUNNING");

        boolean ended = runs.ended(new JobRunRepository.End("r1", T0.plusSeconds(2), 1985, "PARTIAL", 3, 1, 1, 1,
                "全部门店: REFRESHED (800 ms)", "海淀门店: Redis 超时", "trace"));

        assertThat(ended).isTrue();
        assertThat(runs.find("r1")).contains(new JobRun("r1", "update_diagnosis", "update_diagnosis_every", "node-1", T0,
                T0.plusMillis(15), T0.plusSeconds(2), 1985L, "PARTIAL", "SCHEDULE", 1, 3, "全部门店: REFRESHED (800 ms)",
                "海淀门店: Redis 超时", "trace", 1, 1));
    }

    @Test
    void a_requested_run_is_queued_at_once_and_its_start_turns_the_same_row_into_running_on_the_node_that_took_it() {
        runs.queued(new JobRunRepository.Start("m1", "update_diagnosis", "storeboard", "manual_m1", "storeboard", "node-1",
                "MANUAL", T0, T0));
        assertThat(runs.find("m1").orElseThrow().outcome()).isEqualTo("QUEUED");

        runs.started(new JobRunRepository.Start("m1", "update_diagnosis", "storeboard", "manual_m1", "storeboard", "node-2",
                "MANUAL", T0.plusSeconds(1), T0.plusSeconds(3)));

        JobRun run = runs.find("m1").orElseThrow();
        assertThat(run.outcome()).isEqualTo("RUNNING");
        assertThat(run.node()).isEqualTo("node-2");
        assertThat(run.startedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(runs.recent(10)).hasSize(1);
    }

    @Test
    void a_queued_run_the_job_store_refused_is_forgotten() {
        runs.queued(new JobRunRepository.Start("m2", "update_diagnosis", "storeboard", "manual_m2", "storeboard", "node-1",
                "MANUAL", T0, T0));

        runs.unqueued("m2");

        assertThat(runs.find("m2")).isEmpty();
    }

    @Test
    void the_end_of_a_run_that_was_never_started_writes_nothing() {
        assertThat(runs.ended(new JobRunRepository.End("nope", T0, 1, "SUCCESS", 0, 0, 0, 0, null, null, null))).isFalse();
        assertThat(runs.recent(10)).isEmpty();
    }

    @Test
    void recent_runs_come_newest_first_and_the_latest_of_a_job_is_its_newest() {
        start("r1", T0);
        start("r3", T0.plusSeconds(600));
        start("r2", T0.plusSeconds(300));

        assertThat(runs.recent(2)).extracting(JobRun::runId).containsExactly("r3", "r2");
        assertThat(runs.latest("update_diagnosis", "storeboard").orElseThrow().runId()).isEqualTo("r3");
        assertThat(runs.latest("other", "storeboard")).isEmpty();
    }

    @Test
    void a_queued_run_is_listed_but_the_latest_run_of_a_job_is_the_newest_that_started() {
        start("r1", T0);
        runs.queued(new JobRunRepository.Start("q1", "update_diagnosis", "storeboard", "manual_q1", "storeboard", "node-1",
                "MANUAL", T0.plusSeconds(60), T0.plusSeconds(60)));

        assertThat(runs.recent(10)).extracting(JobRun::runId).containsExactly("q1", "r1");
        assertThat(runs.latest("update_diagnosis", "storeboard").orElseThrow().runId()).isEqualTo("r1");
    }

    @Test
    void rows_started_before_the_cutoff_are_deleted_and_the_others_stay() {
        start("old", T0.minusSeconds(31L * 86_400));
        start("new", T0);

        assertThat(runs.deleteStartedBefore(T0.minusSeconds(30L * 86_400))).isEqualTo(1);
        assertThat(runs.recent(10)).extracting(JobRun::runId).containsExactly("new");
    }

    @Test
    void the_run_a_dead_node_left_running_is_marked_failed_by_trigger_and_scheduled_time() {
        start("dead", T0);
        start("other", T0.plusSeconds(300));

        int marked = runs.abandoned("update_diagnosis", "storeboard", null, "update_diagnosis_every", "storeboard", T0,
                T0.plusSeconds(20), "节点停止");

        assertThat(marked).isEqualTo(1);
        assertThat(runs.find("dead").orElseThrow().outcome()).isEqualTo("FAILED");
        assertThat(runs.find("dead").orElseThrow().errorMessage()).isEqualTo("节点停止");
        assertThat(runs.find("other").orElseThrow().outcome()).isEqualTo("RUNNING");
    }

    @Test
    void the_cluster_tables_tell_the_checked_in_nodes_and_the_executing_jobs() {
        jdbc.sql("insert into qrtz_scheduler_state (sched_name, instance_name, last_checkin_time, checkin_interval) "
                + "values ('storeboard', 'node-b', 1764036000000, 5000), ('storeboard', 'node-a', 1764036001000, 5000), "
                + "('other', 'node-x', 1, 1)").update();
        jdbc.sql("insert into qrtz_fired_triggers (sched_name, entry_id, trigger_name, trigger_group, instance_name, "
                + "fired_time, sched_time, priority, state, job_name, job_group, is_nonconcurrent, requests_recovery) "
                + "values ('storeboard', 'e1', 't', 'storeboard', 'node-a', 1, 1, 5, 'EXECUTING', 'update_diagnosis', "
                + "'storeboard', true, true), ('storeboard', 'e2', 't2', 'storeboard', 'node-a', 1, 1, 5, 'ACQUIRED', "
                + "'other', 'storeboard', false, false)").update();
        QuartzTables tables = new QuartzTables(jdbc, new QuartzProperties());

        assertThat(tables.nodes("storeboard")).containsExactly(
                new QuartzTables.CheckIn("node-a", Instant.ofEpochMilli(1764036001000L), java.time.Duration.ofSeconds(5)),
                new QuartzTables.CheckIn("node-b", Instant.ofEpochMilli(1764036000000L), java.time.Duration.ofSeconds(5)));
        assertThat(tables.executing("storeboard")).containsExactly(JobKey.jobKey("update_diagnosis", "storeboard"));
    }
}
