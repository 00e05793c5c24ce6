package com.storeboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.storeboard.cache.SnapshotRefresher;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.orders.OrderDataChanged;
import com.storeboard.support.AppContexts;
import com.storeboard.support.PostgresSchema;
import com.storeboard.support.TestServices;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CalendarIntervalTrigger;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The refresh job in a real application context on a PostgreSQL schema: its schedule in the job store across
 * restarts, the history its runs leave, and the runs that start-up and an import start.
 */
class RefreshJobIT {

    private PostgresSchema schema;
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    @BeforeEach
    void schema() {
        schema = PostgresSchema.create("jobs");
    }

    @AfterEach
    void close() {
        contexts.forEach(ConfigurableApplicationContext::close);
        schema.close();
    }

    private ConfigurableApplicationContext start(String interval, boolean warmUp) {
        ConfigurableApplicationContext context = AppContexts.start("spring.datasource.url=" + schema.jdbcUrl(),
                "spring.datasource.username=" + TestServices.postgresUser(),
                "spring.datasource.password=" + TestServices.postgresPassword(),
                "spring.quartz.auto-startup=true",
                "storeboard.cache.key-prefix=it-jobs-" + UUID.randomUUID() + ":",
                "storeboard.jobs.refresh-interval=" + interval,
                "storeboard.jobs.warm-up-on-start=" + warmUp);
        contexts.add(context);
        return context;
    }

    private void stop(ConfigurableApplicationContext context) {
        context.close();
        contexts.remove(context);
    }

    @Test
    void every_run_leaves_one_history_row_with_its_reason_outcome_and_scopes_and_rows_past_the_retention_go()
            throws Exception {
        ConfigurableApplicationContext app = start("2s", true);
        JdbcTemplate jdbc = jdbc(app);
        Instant old = Instant.now().minus(Duration.ofDays(31));
        jdbc.update("insert into job_run (run_id, job_name, job_group, node, reason, started_at, outcome, scopes_total, "
                + "scopes_refreshed, scopes_unchanged, scopes_failed) values ('old-run', 'update_diagnosis', 'storeboard', "
                + "'gone', 'SCHEDULE', ?, 'SUCCESS', 1, 1, 0, 0)", Timestamp.from(old));

        app.publishEvent(new OrderDataChanged(Set.of("测试门店"), "import"));

        await("a warm-up, an import and a scheduled run have ended", Duration.ofSeconds(30), () -> jdbc.queryForObject(
                "select count(distinct reason) from job_run where outcome not in ('RUNNING', 'QUEUED') and reason in ('WARM_UP', 'IMPORT', "
                        + "'SCHEDULE') and node <> 'gone'", Integer.class) == 3);
        Map<String, Object> imported = jdbc.queryForMap("select * from job_run where reason = 'IMPORT'");
        assertThat(imported.get("job_name")).isEqualTo("update_diagnosis");
        assertThat(imported.get("job_group")).isEqualTo("storeboard");
        assertThat((String) imported.get("trigger_name")).startsWith("import_");
        assertThat(imported.get("node")).isEqualTo(app.getBean(Scheduler.class).getSchedulerInstanceId());
        assertThat(imported.get("scopes_total")).as("全部门店 and 测试门店").isEqualTo(2);
        assertThat((Integer) imported.get("scopes_refreshed") + (Integer) imported.get("scopes_unchanged")
                + (Integer) imported.get("scopes_failed")).isEqualTo(2);
        assertThat((String) imported.get("detail")).startsWith("全部门店: ").contains("\n测试门店: ");
        assertThat(imported.get("started_at")).isNotNull();
        assertThat(imported.get("finished_at")).isNotNull();
        assertThat(imported.get("duration_ms")).isNotNull();
        if (cacheBuilt(app)) {
            assertThat(imported.get("outcome")).isIn("SUCCESS", "PARTIAL");
        } else {
            assertThat(imported.get("outcome")).isEqualTo("FAILED");
            assertThat((String) imported.get("error_message")).contains("being built");
            assertThat((String) imported.get("error_stack")).contains("UnsupportedOperationException");
        }
        Map<String, Object> scheduled = jdbc.queryForList("select * from job_run where reason = 'SCHEDULE' and node <> 'gone' "
                + "and outcome not in ('RUNNING', 'QUEUED')").getFirst();
        assertThat(scheduled.get("trigger_name")).isEqualTo("update_diagnosis_every");
        assertThat(scheduled.get("scheduled_at")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from job_run where run_id = 'old-run'", Integer.class))
                .as("older than the 30 days of retention").isZero();

        JobHistory history = app.getBean(JobHistory.class);
        JobRun run = history.run((String) imported.get("run_id")).orElseThrow();
        assertThat(run.reason()).isEqualTo("IMPORT");
        assertThat(run.scopesTotal()).isEqualTo(2);
        List<JobRun> recent = history.recent(50);
        assertThat(recent).extracting(JobRun::startedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void the_trigger_has_the_configured_interval_survives_restarts_once_and_an_operator_pause_outlives_an_interval_change()
            throws Exception {
        ConfigurableApplicationContext first = start("7m", false);
        Scheduler scheduler = first.getBean(Scheduler.class);
        CalendarIntervalTrigger trigger = (CalendarIntervalTrigger) scheduler.getTrigger(RefreshJobDefinition.EVERY);
        assertThat(RefreshJobDefinition.intervalOf(trigger)).isEqualTo(Duration.ofMinutes(7));
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CalendarIntervalTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
        assertThat(scheduler.getJobDetail(RefreshJobDefinition.JOB).requestsRecovery()).isTrue();
        var nextFire = trigger.getNextFireTime();
        stop(first);

        ConfigurableApplicationContext second = start("7m", false);
        scheduler = second.getBean(Scheduler.class);
        assertThat(scheduler.getTrigger(RefreshJobDefinition.EVERY).getNextFireTime()).as("not rescheduled").isEqualTo(nextFire);
        assertThat(triggersNamedEvery(second)).isEqualTo(1);
        scheduler.pauseTrigger(RefreshJobDefinition.EVERY);
        stop(second);

        ConfigurableApplicationContext third = start("10m", false);
        scheduler = third.getBean(Scheduler.class);
        assertThat(RefreshJobDefinition.intervalOf(scheduler.getTrigger(RefreshJobDefinition.EVERY)))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(scheduler.getTriggerState(RefreshJobDefinition.EVERY)).isEqualTo(Trigger.TriggerState.PAUSED);
        assertThat(triggersNamedEvery(third)).isEqualTo(1);

        SchedulerStatus status = third.getBean(SchedulerStatusService.class).status();
        assertThat(status.running()).isTrue();
        assertThat(status.clustered()).isTrue();
        assertThat(status.schedulerName()).isEqualTo("storeboard");
        assertThat(status.nodes()).filteredOn(SchedulerStatus.Node::self).singleElement()
                .satisfies(n -> assertThat(n.instanceId()).isEqualTo(status.node()));
        SchedulerStatus.JobStatus job = status.jobs().stream().filter(j -> j.id().equals("update_diagnosis")).findFirst()
                .orElseThrow();
        assertThat(job.group()).isEqualTo("storeboard");
        assertThat(job.nameZh()).isEqualTo("更新诊断数据缓存");
        assertThat(job.nameEn()).isEqualTo("Refresh diagnosis cache");
        assertThat(job.paused()).isTrue();
        assertThat(job.running()).isFalse();
        assertThat(job.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(job.nextRun()).as("a paused trigger has no next run").isNull();
    }

    @Test
    void with_the_cache_built_the_warm_up_refreshes_all_stores_and_a_person_can_ask_for_a_refresh() {
        ConfigurableApplicationContext app = start("1h", true);
        assumeTrue(cacheBuilt(app), "runs once the cache package (branch i5) is merged");
        JdbcTemplate jdbc = jdbc(app);

        await("the warm-up ended", Duration.ofSeconds(30), () -> jdbc.queryForObject(
                "select count(*) from job_run where reason = 'WARM_UP' and outcome not in ('RUNNING', 'QUEUED')", Integer.class) == 1);
        Map<String, Object> warmUp = jdbc.queryForMap("select * from job_run where reason = 'WARM_UP'");
        assertThat(warmUp.get("outcome")).isEqualTo("SUCCESS");
        assertThat(warmUp.get("scopes_total")).as("an empty database has only 全部门店").isEqualTo(1);
        assertThat(warmUp.get("scopes_refreshed")).isEqualTo(1);

        RefreshTicket ticket = app.getBean(RefreshRequests.class).request(Snapshot.Scope.all());
        assertThat(ticket.status()).isEqualTo(RefreshTicket.Status.STARTED);
        JobHistory history = app.getBean(JobHistory.class);
        await("the manual run ended", Duration.ofSeconds(30),
                () -> history.run(ticket.runId()).map(r -> !List.of("RUNNING", "QUEUED").contains(r.outcome())).orElse(false));
        JobRun manual = history.run(ticket.runId()).orElseThrow();
        assertThat(manual.reason()).isEqualTo("MANUAL");
        assertThat(manual.outcome()).isEqualTo("SUCCESS");
        assertThat(manual.scopesRefreshed()).as("forced").isEqualTo(1);
    }

    private static boolean cacheBuilt(ConfigurableApplicationContext app) {
        try {
            app.getBean(SnapshotRefresher.class).scopes();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static int triggersNamedEvery(ConfigurableApplicationContext app) {
        return jdbc(app).queryForObject("select count(*) from qrtz_triggers where trigger_name = 'update_diagnosis_every'",
                Integer.class);
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext app) {
        return new JdbcTemplate(app.getBean(DataSource.class));
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
