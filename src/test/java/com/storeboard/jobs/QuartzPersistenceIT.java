package com.storeboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.support.AppContexts;
import com.storeboard.support.PostgresSchema;
import com.storeboard.support.TestServices;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Flyway creates the Quartz tables, and a schedule stored by one start is found intact by the next: on the
 * real PostgreSQL and on the default H2 file database.
 */
class QuartzPersistenceIT {

    private static final JobKey JOB = JobKey.jobKey("it-refresh", "it");
    private static final TriggerKey EVERY_FIVE_MINUTES = TriggerKey.triggerKey("it-every-5-min", "it");
    private static final TriggerKey PAUSED = TriggerKey.triggerKey("it-paused", "it");

    /** Never runs: the triggers start an hour from now. */
    public static class NeverRunJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
        }
    }

    @Test
    void on_postgresql_flyway_creates_the_job_store_and_a_schedule_survives_a_restart() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create("quartz")) {
            scheduleSurvivesRestart("PostgreSQL", "spring.datasource.url=" + schema.jdbcUrl(),
                    "spring.datasource.username=" + TestServices.postgresUser(),
                    "spring.datasource.password=" + TestServices.postgresPassword());
        }
    }

    @Test
    void on_the_default_h2_file_database_a_schedule_survives_a_restart(@TempDir Path dataDir) throws Exception {
        scheduleSurvivesRestart("H2", "spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("storeboard")
                + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    private void scheduleSurvivesRestart(String product, String... database) throws Exception {
        Date firstFire = Date.from(Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
        try (ConfigurableApplicationContext first = AppContexts.start(database)) {
            assertThat(productName(first)).isEqualTo(product);
            Scheduler scheduler = first.getBean(Scheduler.class);
            JobDetail job = JobBuilder.newJob(NeverRunJob.class).withIdentity(JOB).storeDurably().requestRecovery()
                    .usingJobData("scope", "全部门店").build();
            Trigger every5 = TriggerBuilder.newTrigger().withIdentity(EVERY_FIVE_MINUTES).forJob(job).startAt(firstFire)
                    .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(5)).build();
            Trigger paused = TriggerBuilder.newTrigger().withIdentity(PAUSED).forJob(job).startAt(firstFire)
                    .withSchedule(SimpleScheduleBuilder.repeatHourlyForever()).build();
            scheduler.scheduleJob(job, Set.of(every5, paused), false);
            scheduler.pauseTrigger(PAUSED);
        }

        try (ConfigurableApplicationContext second = AppContexts.start(database)) {
            Scheduler scheduler = second.getBean(Scheduler.class);

            assertThat(scheduler.getTrigger(EVERY_FIVE_MINUTES).getNextFireTime()).isEqualTo(firstFire);
            assertThat(scheduler.getJobDetail(JOB).getJobDataMap().getString("scope")).isEqualTo("全部门店");
            assertThat(scheduler.getJobDetail(JOB).requestsRecovery()).isTrue();
            assertThat(scheduler.getTriggerState(PAUSED)).isEqualTo(Trigger.TriggerState.PAUSED);
            assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();

            JdbcTemplate jdbc = new JdbcTemplate(second.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
                    + " where table_schema = current_schema and lower(table_name) like 'qrtz\\_%'", Integer.class))
                    .isEqualTo(11);
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success and version = '1'",
                    Integer.class)).isEqualTo(1);
            scheduler.deleteJob(JOB);
        }
    }

    private static String productName(ConfigurableApplicationContext context) throws Exception {
        return JdbcUtils.extractDatabaseMetaData(context.getBean(DataSource.class), DatabaseMetaData::getDatabaseProductName);
    }
}
