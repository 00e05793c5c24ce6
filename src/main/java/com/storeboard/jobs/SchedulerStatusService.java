package com.storeboard.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Reads the scheduler's state for the REST API and the job admin view. */
@Service
public class SchedulerStatusService {

    private static final Logger log = LoggerFactory.getLogger(SchedulerStatusService.class);

    private final Scheduler scheduler;
    private final QuartzTables tables;
    private final JobRunRepository runs;
    private final MessageSource messages;

    SchedulerStatusService(Scheduler scheduler, QuartzTables tables, JobRunRepository runs, MessageSource messages) {
        this.scheduler = scheduler;
        this.tables = tables;
        this.runs = runs;
        this.messages = messages;
    }

    /**
     * @throws IllegalStateException when the job store (database) cannot be read
     */
    public SchedulerStatus status() {
        try {
            SchedulerMetaData meta = scheduler.getMetaData();
            boolean running = meta.isStarted() && !meta.isInStandbyMode() && !meta.isShutdown();
            String self = meta.getSchedulerInstanceId();
            Set<JobKey> executing = executing(meta.getSchedulerName());
            List<SchedulerStatus.JobStatus> jobs = new ArrayList<>();
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.anyJobGroup())) {
                JobDetail detail = scheduler.getJobDetail(key);
                if (detail != null) {
                    jobs.add(job(detail, executing.contains(key)));
                }
            }
            jobs.sort(Comparator.comparing(SchedulerStatus.JobStatus::group).thenComparing(SchedulerStatus.JobStatus::id));
            return new SchedulerStatus(running, meta.getSchedulerName(), self, meta.isJobStoreClustered(),
                    nodes(meta, self), jobs);
        } catch (SchedulerException e) {
            throw new IllegalStateException("The job store cannot be read: " + e.getMessage(), e);
        }
    }

    private List<SchedulerStatus.Node> nodes(SchedulerMetaData meta, String self) {
        List<SchedulerStatus.Node> nodes = new ArrayList<>();
        if (meta.isJobStoreClustered()) {
            try {
                for (QuartzTables.CheckIn c : tables.nodes(meta.getSchedulerName())) {
                    nodes.add(new SchedulerStatus.Node(c.instanceId(), c.lastCheckin(), c.interval(),
                            c.instanceId().equals(self)));
                }
            } catch (RuntimeException e) {
                log.warn("Cannot read the cluster's nodes from the job store: {}", e.getMessage());
            }
        }
        if (nodes.stream().noneMatch(SchedulerStatus.Node::self)) {
            nodes.add(new SchedulerStatus.Node(self, null, null, true));
        }
        return nodes;
    }

    /** Jobs executing on any node (from the job store), or at least on this one. */
    private Set<JobKey> executing(String schedulerName) throws SchedulerException {
        Set<JobKey> keys = new HashSet<>();
        for (JobExecutionContext context : scheduler.getCurrentlyExecutingJobs()) {
            keys.add(context.getJobDetail().getKey());
        }
        try {
            keys.addAll(tables.executing(schedulerName));
        } catch (RuntimeException e) {
            log.warn("Cannot read the executing jobs from the job store: {}", e.getMessage());
        }
        return keys;
    }

    private SchedulerStatus.JobStatus job(JobDetail detail, boolean running) throws SchedulerException {
        JobKey key = detail.getKey();
        List<? extends Trigger> triggers = scheduler.getTriggersOfJob(key);
        boolean paused = false;
        Instant next = null;
        Instant previous = null;
        Duration interval = null;
        for (Trigger trigger : triggers) {
            Duration repeat = RefreshJobDefinition.intervalOf(trigger);
            boolean triggerPaused = scheduler.getTriggerState(trigger.getKey()) == Trigger.TriggerState.PAUSED;
            if (repeat != null) {
                interval = interval == null ? repeat : interval;
                paused |= triggerPaused;
            }
            if (!triggerPaused) {
                next = earliest(next, instant(trigger.getNextFireTime()));
            }
            previous = latest(previous, instant(trigger.getPreviousFireTime()));
        }
        JobRun last = runs.latest(key.getName(), key.getGroup()).orElse(null);
        if (last != null) {
            previous = latest(previous, last.startedAt());
        }
        return new SchedulerStatus.JobStatus(key.getName(), key.getGroup(),
                name(detail, RunData.NAME_ZH, RefreshJobDefinition.ZH), name(detail, RunData.NAME_EN, RefreshJobDefinition.EN),
                description(detail), paused, running, next, previous, interval, last);
    }

    private String name(JobDetail detail, String dataKey, Locale locale) {
        String stored = detail.getJobDataMap().getString(dataKey);
        if (stored != null && !stored.isBlank()) {
            return stored;
        }
        return messages.getMessage("jobs." + detail.getKey().getName() + ".name", null, detail.getKey().getName(), locale);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : Objects.requireNonNull(a).isAfter(b) ? a : b;
    }

    /** The job's own description in the product language (zh-CN), else the job store's short one. */
    private static String description(JobDetail detail) {
        String text = detail.getJobDataMap().getString(RunData.DESCRIPTION_ZH);
        return text == null || text.isBlank() ? detail.getDescription() : text;
    }
}
