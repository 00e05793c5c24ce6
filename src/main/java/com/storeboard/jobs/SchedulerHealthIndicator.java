package com.storeboard.jobs;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Reports the Quartz scheduler as the {@code scheduler} component of {@code /actuator/health}. */
@Component
class SchedulerHealthIndicator extends AbstractHealthIndicator {

    private final Scheduler scheduler;

    SchedulerHealthIndicator(Scheduler scheduler) {
        super("Quartz scheduler health check failed");
        this.scheduler = scheduler;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws SchedulerException {
        SchedulerMetaData meta = scheduler.getMetaData();
        boolean running = meta.isStarted() && !meta.isShutdown() && !meta.isInStandbyMode();
        (running ? builder.up() : builder.down())
                .withDetail("name", meta.getSchedulerName())
                .withDetail("instanceId", meta.getSchedulerInstanceId())
                .withDetail("state", meta.isShutdown() ? "shutdown" : meta.isInStandbyMode() ? "standby" : "started")
                .withDetail("jobStore", meta.getJobStoreClass().getSimpleName())
                .withDetail("clustered", meta.isJobStoreClustered())
                .withDetail("persistent", meta.isJobStoreSupportsPersistence())
                .withDetail("jobs", scheduler.getJobKeys(GroupMatcher.anyJobGroup()).size());
        if (meta.getRunningSince() != null) {
            builder.withDetail("runningSince", meta.getRunningSince().toInstant().toString());
        }
    }
}
