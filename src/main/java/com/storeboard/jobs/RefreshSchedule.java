package com.storeboard.jobs;

import com.storeboard.config.StoreboardProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is ready (web server up, scheduler started): makes sure 更新诊断数据缓存 is scheduled at the
 * configured interval and starts the warm-up run. The warm-up is only a trigger: the run happens on a scheduler
 * thread, so nothing here waits for a refresh.
 *
 * <p>The job store keeps the schedule across restarts ({@code overwrite-existing-jobs=false}). Where stored and
 * configured meet: the configured interval wins (the trigger is rescheduled, and the log says from what to what), but
 * a trigger an operator paused stays paused, and a stored next fire time is kept when the interval did not change.
 */
@Component
class RefreshSchedule {

    private static final Logger log = LoggerFactory.getLogger(RefreshSchedule.class);

    private final Scheduler scheduler;
    private final RefreshJobDefinition definition;
    private final RefreshTriggers triggers;
    private final StoreboardProperties properties;
    private final QuartzProperties quartz;
    private final Clock clock;

    RefreshSchedule(Scheduler scheduler, RefreshJobDefinition definition, RefreshTriggers triggers,
            StoreboardProperties properties, QuartzProperties quartz, Clock clock) {
        this.scheduler = scheduler;
        this.definition = definition;
        this.triggers = triggers;
        this.properties = properties;
        this.quartz = quartz;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!quartz.isAutoStartup()) {
            // a command-line run or a test: no schedule, no warm-up
            return;
        }
        try {
            SchedulerMetaData meta = scheduler.getMetaData();
            log.info("[后台任务] 启动后台任务调度器 (节点 {}, 集群 {})", meta.getSchedulerInstanceId(),
                    meta.isJobStoreClustered() ? "是" : "否");
            schedule();
            if (properties.jobs().warmUpOnStart()) {
                log.info("[后台任务] 立即执行一次预热缓存");
                triggers.runNow(RunReason.WARM_UP, UUID.randomUUID().toString(), null, false, null);
            }
        } catch (SchedulerException | RuntimeException e) {
            log.error("[后台任务] 无法安排后台任务: {}。诊断数据不会自动更新；请检查数据库连接后重启。", e.getMessage(), e);
        }
    }

    /** Adds or updates the job and its repeating trigger. */
    void schedule() throws SchedulerException {
        Duration interval = properties.jobs().refreshInterval();
        String every = JobTexts.every(interval);
        String name = definition.nameZh();
        boolean added = !scheduler.checkExists(RefreshJobDefinition.JOB);
        // the definition (class, names, descriptions) is code: it always wins; the triggers stay
        scheduler.addJob(definition.jobDetail(), true);
        Trigger stored = scheduler.getTrigger(RefreshJobDefinition.EVERY);
        if (stored == null) {
            try {
                scheduler.scheduleJob(RefreshJobDefinition.every(interval, Date.from(firstFire(interval))));
                log.info("[后台任务] 已添加任务: {} ({})", name, every);
                return;
            } catch (ObjectAlreadyExistsException e) {
                stored = scheduler.getTrigger(RefreshJobDefinition.EVERY); // another node starting at the same time
            }
        }
        Duration storedInterval = RefreshJobDefinition.intervalOf(stored);
        boolean paused = scheduler.getTriggerState(RefreshJobDefinition.EVERY) == Trigger.TriggerState.PAUSED;
        if (!interval.equals(storedInterval) || !(stored instanceof org.quartz.CalendarIntervalTrigger)) {
            Instant next = stored.getNextFireTime() == null ? null : stored.getNextFireTime().toInstant();
            Instant first = next != null && next.isAfter(clock.instant()) && next.isBefore(firstFire(interval))
                    ? next : firstFire(interval);
            scheduler.rescheduleJob(RefreshJobDefinition.EVERY, RefreshJobDefinition.every(interval, Date.from(first)));
            if (paused) {
                scheduler.pauseTrigger(RefreshJobDefinition.EVERY);
            }
            log.info("[后台任务] 任务 {} 的间隔已按配置 (storeboard.jobs.refresh-interval) 由 {} 改为 {}", name,
                    storedInterval == null ? "?" : JobTexts.every(storedInterval), every);
        } else if (added) {
            log.info("[后台任务] 已添加任务: {} ({})", name, every);
        } else {
            log.info("[后台任务] 任务已在计划中: {} ({})", name, every);
        }
        if (paused) {
            log.warn("[后台任务] 任务 {} 已被暂停，保持暂停：诊断数据不会定时更新，直到在“任务管理”中恢复它。", name);
        }
    }

    private Instant firstFire(Duration interval) {
        return clock.instant().plus(interval);
    }
}
