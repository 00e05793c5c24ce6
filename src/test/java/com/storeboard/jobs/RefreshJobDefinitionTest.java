package com.storeboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.quartz.CalendarIntervalTrigger;
import org.quartz.DateBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;

class RefreshJobDefinitionTest {

    @Test
    void the_job_is_durable_asks_for_recovery_never_runs_twice_at_once_and_has_both_names() {
        JobDetail job = new RefreshJobDefinitionTestSupport().jobDetail();

        assertThat(job.getKey().toString()).isEqualTo("storeboard.update_diagnosis");
        assertThat(job.isDurable()).isTrue();
        assertThat(job.requestsRecovery()).isTrue();
        assertThat(job.isConcurrentExecutionDisallowed()).isTrue();
        assertThat(job.getJobDataMap().getString(RunData.NAME_ZH)).isEqualTo("更新诊断数据缓存");
        assertThat(job.getJobDataMap().getString(RunData.NAME_EN)).isEqualTo("Refresh diagnosis cache");
        assertThat(job.getDescription()).isEqualTo("更新诊断数据缓存 / Refresh diagnosis cache");
        assertThat(job.getJobDataMap().getString(RunData.DESCRIPTION_EN)).startsWith("Computes the diagnosis snapshots");
    }

    @Test
    void the_repeating_trigger_counts_in_seconds_and_does_nothing_about_missed_fires() {
        Date first = Date.from(Instant.parse("2026-11-25T02:05:00Z"));

        CalendarIntervalTrigger trigger = (CalendarIntervalTrigger) RefreshJobDefinition.every(Duration.ofMinutes(5), first);

        assertThat(trigger.getKey().toString()).isEqualTo("storeboard.update_diagnosis_every");
        assertThat(trigger.getRepeatInterval()).isEqualTo(300);
        assertThat(trigger.getRepeatIntervalUnit()).isEqualTo(DateBuilder.IntervalUnit.SECOND);
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CalendarIntervalTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
        assertThat(trigger.getStartTime()).isEqualTo(first);
        assertThat(RefreshJobDefinition.intervalOf(trigger)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_run_started_at_once_is_named_after_its_reason_and_run_and_a_manual_one_goes_first() {
        Trigger manual = RefreshJobDefinition.once(RunReason.MANUAL, "r1", RunData.of(RunReason.MANUAL, "r1", null, true, null));
        Trigger warmUp = RefreshJobDefinition.once(RunReason.WARM_UP, "r2", RunData.of(RunReason.WARM_UP, "r2", null, false, null));

        assertThat(manual.getKey().getName()).isEqualTo("manual_r1");
        assertThat(warmUp.getKey().getName()).isEqualTo("warm_up_r2");
        assertThat(manual.getPriority()).isGreaterThan(warmUp.getPriority());
        assertThat(manual.getJobKey()).isEqualTo(RefreshJobDefinition.JOB);
    }
}
