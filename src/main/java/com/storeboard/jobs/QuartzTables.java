package com.storeboard.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.quartz.JobKey;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the Quartz API does not tell about the cluster: the nodes checked in to the job store and the jobs
 * executing on any node. Unquoted names: on H2 (DATABASE_TO_LOWER) and PostgreSQL the tables are lower case, and an
 * unquoted name is folded to it on both.
 */
@Repository
class QuartzTables {

    private static final Pattern SAFE_PREFIX = Pattern.compile("[A-Za-z0-9_]+");

    private final JdbcClient jdbc;
    private final String prefix;

    QuartzTables(JdbcClient jdbc, QuartzProperties quartz) {
        this.jdbc = jdbc;
        this.prefix = prefix(quartz.getProperties().get("org.quartz.jobStore.tablePrefix"));
    }

    record CheckIn(String instanceId, Instant lastCheckin, Duration interval) {
    }

    List<CheckIn> nodes(String schedulerName) {
        return jdbc.sql("select instance_name, last_checkin_time, checkin_interval from " + prefix
                        + "scheduler_state where sched_name = ? order by instance_name")
                .params(schedulerName)
                .query((rs, i) -> new CheckIn(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                        Duration.ofMillis(rs.getLong(3))))
                .list();
    }

    /** Jobs with a trigger in EXECUTING state on any node. */
    List<JobKey> executing(String schedulerName) {
        return jdbc.sql("select distinct job_name, job_group from " + prefix
                        + "fired_triggers where sched_name = ? and state = 'EXECUTING'")
                .params(schedulerName)
                .query((rs, i) -> JobKey.jobKey(rs.getString(1), rs.getString(2)))
                .list();
    }

    static String prefix(String configured) {
        String prefix = configured == null || configured.isBlank() ? "QRTZ_" : configured.trim();
        if (!SAFE_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("org.quartz.jobStore.tablePrefix may hold only letters, digits and _: " + prefix);
        }
        return prefix;
    }
}
