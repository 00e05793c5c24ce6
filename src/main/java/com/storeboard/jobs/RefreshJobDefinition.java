package com.storeboard.jobs;

import java.time.Duration;
import java.util.Date;
import java.util.Locale;
import org.quartz.CalendarIntervalScheduleBuilder;
import org.quartz.CalendarIntervalTrigger;
import org.quartz.DateBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one job detail of 更新诊断数据缓存 and its repeating trigger. Every run (schedule, warm-up, import, manual) is a
 * trigger of this job, so that they never overlap ({@code @DisallowConcurrentExecution} holds across the cluster)
 * and all land in the same history.
 */
@Component
class RefreshJobDefinition {

    static final String GROUP = "storeboard";
    static final JobKey JOB = JobKey.jobKey("update_diagnosis", GROUP);
    static final TriggerKey EVERY = TriggerKey.triggerKey("update_diagnosis_every", GROUP);
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN = Locale.ENGLISH;

    private final MessageSource messages;

    RefreshJobDefinition(MessageSource messages) {
        this.messages = messages;
    }

    String nameZh() {
        return text(".name", ZH);
    }

    JobDetail jobDetail() {
        JobDataMap data = new JobDataMap();
        data.put(RunData.NAME_ZH, nameZh());
        data.put(RunData.NAME_EN, text(".name", EN));
        data.put(RunData.DESCRIPTION_ZH, text(".description", ZH));
        data.put(RunData.DESCRIPTION_EN, text(".description", EN));
        return JobBuilder.newJob(DiagnosisRefreshJob.class).withIdentity(JOB)
                .withDescription(text(".name", ZH) + " / " + text(".name", EN))
                .usingJobData(data).storeDurably().requestRecovery().build();
    }

    /** The repeating trigger; its first fire is at {@code firstFire} (the warm-up covers the start). */
    static Trigger every(Duration interval, Date firstFire) {
        return TriggerBuilder.newTrigger().withIdentity(EVERY).forJob(JOB).startAt(firstFire)
                .withDescription(JobTexts.every(interval))
                .withSchedule(CalendarIntervalScheduleBuilder.calendarIntervalSchedule()
                        .withIntervalInSeconds(seconds(interval)).withMisfireHandlingInstructionDoNothing())
                .build();
    }

    /** A trigger firing once now, for a warm-up, an import or a person's request. */
    static Trigger once(RunReason reason, String runId, JobDataMap data) {
        return TriggerBuilder.newTrigger()
                .withIdentity(reason.name().toLowerCase(Locale.ROOT) + "_" + runId, GROUP).forJob(JOB)
                .withPriority(reason == RunReason.MANUAL ? Trigger.DEFAULT_PRIORITY + 2 : Trigger.DEFAULT_PRIORITY)
                .usingJobData(data).startNow().build();
    }

    /** The interval of a stored repeating trigger, or null when it is not a calendar interval trigger. */
    static Duration intervalOf(Trigger trigger) {
        if (trigger instanceof CalendarIntervalTrigger calendar) {
            return unit(calendar.getRepeatIntervalUnit()).multipliedBy(calendar.getRepeatInterval());
        }
        if (trigger instanceof org.quartz.SimpleTrigger simple && simple.getRepeatCount() != 0) {
            return Duration.ofMillis(simple.getRepeatInterval());
        }
        return null;
    }

    static int seconds(Duration interval) {
        long seconds = interval.toSeconds();
        if (seconds < 1 || seconds > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("storeboard.jobs.refresh-interval must be at least 1 second, not " + interval);
        }
        return (int) seconds;
    }

    private static Duration unit(DateBuilder.IntervalUnit unit) {
        return switch (unit) {
            case MILLISECOND -> Duration.ofMillis(1);
            case SECOND -> Duration.ofSeconds(1);
            case MINUTE -> Duration.ofMinutes(1);
            case HOUR -> Duration.ofHours(1);
            case DAY -> Duration.ofDays(1);
            case WEEK -> Duration.ofDays(7);
            // months and years have no fixed length; approximate for display only
            case MONTH -> Duration.ofDays(30);
            case YEAR -> Duration.ofDays(365);
        };
    }

    private String text(String suffix, Locale locale) {
        return messages.getMessage("jobs." + JOB.getName() + suffix, null, JOB.getName(), locale);
    }
}
