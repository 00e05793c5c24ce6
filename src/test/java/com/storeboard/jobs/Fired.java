package com.storeboard.jobs;

import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.Date;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.impl.JobExecutionContextImpl;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.TriggerFiredBundle;

/** Real Quartz execution contexts for unit tests, as a scheduler thread gets them. */
final class Fired {

    static final Instant SCHEDULED = Instant.parse("2026-11-25T02:00:00Z");

    private Fired() {
    }

    static JobExecutionContext context(JobDataMap triggerData, boolean recovering, Job job) {
        return context(new RefreshJobDefinitionTestSupport().jobDetail(), "update_diagnosis_every", triggerData,
                recovering, job);
    }

    static JobExecutionContext context(JobDetail detail, String triggerName, JobDataMap triggerData, boolean recovering,
            Job job) {
        OperableTrigger trigger = (OperableTrigger) TriggerBuilder.newTrigger().withIdentity(triggerName, "storeboard")
                .forJob(detail).usingJobData(triggerData).startAt(Date.from(SCHEDULED)).build();
        TriggerFiredBundle bundle = new TriggerFiredBundle(detail, trigger, null, recovering,
                Date.from(SCHEDULED.plusMillis(40)), Date.from(SCHEDULED), null, null);
        return new JobExecutionContextImpl(mock(Scheduler.class), bundle, job);
    }
}
