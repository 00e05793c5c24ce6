package com.storeboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.storeboard.config.StoreboardProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.quartz.CalendarIntervalTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerMetaData;
import org.quartz.Trigger;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;

class RefreshScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    private final Scheduler scheduler = mock(Scheduler.class);
    private final RefreshTriggers triggers = mock(RefreshTriggers.class);
    private final QuartzProperties quartz = new QuartzProperties();

    private RefreshSchedule schedule(StoreboardProperties properties) throws Exception {
        when(scheduler.getMetaData()).thenReturn(new SchedulerMetaData("storeboard", "node-1", Scheduler.class, false,
                true, false, false, null, 0, null, false, true, null, 4, "2.5.2"));
        return new RefreshSchedule(scheduler, new RefreshJobDefinitionTestSupport(), triggers, properties, quartz,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A trigger as the job store returns it: with its next fire time computed. */
    private static Trigger stored(Duration interval, Date firstFire) {
        org.quartz.spi.OperableTrigger trigger = (org.quartz.spi.OperableTrigger) RefreshJobDefinition.every(interval, firstFire);
        trigger.computeFirstFireTime(null);
        return trigger;
    }

    @Test
    void on_a_new_job_store_the_job_is_added_with_a_trigger_at_the_configured_interval_first_firing_one_interval_after_start()
            throws Exception {
        when(scheduler.checkExists(RefreshJobDefinition.JOB)).thenReturn(false);

        schedule(Settings.defaults()).onReady();

        ArgumentCaptor<Trigger> trigger = ArgumentCaptor.forClass(Trigger.class);
        verify(scheduler).scheduleJob(trigger.capture());
        CalendarIntervalTrigger every = (CalendarIntervalTrigger) trigger.getValue();
        assertThat(every.getKey()).isEqualTo(RefreshJobDefinition.EVERY);
        assertThat(every.getRepeatInterval()).isEqualTo(300);
        assertThat(every.getStartTime()).isEqualTo(Date.from(NOW.plusSeconds(300)));
        verify(scheduler).addJob(any(), eq(true));
    }

    @Test
    void at_start_the_warm_up_run_is_started_once_for_every_scope_without_waiting_for_it() throws Exception {
        schedule(Settings.defaults()).onReady();

        verify(triggers).runNow(eq(RunReason.WARM_UP), anyString(), isNull(), eq(false), isNull());
    }

    @Test
    void without_warm_up_on_start_no_run_is_started() throws Exception {
        schedule(Settings.jobs(Duration.ofMinutes(5), false, true, Duration.ofDays(30))).onReady();

        verify(triggers, never()).runNow(any(), any(), any(), anyBoolean(), any());
    }

    @Test
    void a_stored_trigger_with_the_configured_interval_keeps_its_next_fire_time() throws Exception {
        when(scheduler.checkExists(RefreshJobDefinition.JOB)).thenReturn(true);
        Trigger stored = stored(Duration.ofMinutes(5), Date.from(NOW.plusSeconds(42)));
        when(scheduler.getTrigger(RefreshJobDefinition.EVERY)).thenAnswer(i -> stored);
        when(scheduler.getTriggerState(RefreshJobDefinition.EVERY)).thenReturn(Trigger.TriggerState.NORMAL);

        schedule(Settings.defaults()).schedule();

        verify(scheduler, never()).rescheduleJob(any(), any());
        verify(scheduler, never()).scheduleJob(any(Trigger.class));
    }

    @Test
    void a_stored_trigger_with_another_interval_takes_the_configured_one_and_stays_paused_when_it_was()
            throws Exception {
        when(scheduler.checkExists(RefreshJobDefinition.JOB)).thenReturn(true);
        Trigger stored = stored(Duration.ofMinutes(10), Date.from(NOW.plusSeconds(540)));
        when(scheduler.getTrigger(RefreshJobDefinition.EVERY)).thenAnswer(i -> stored);
        when(scheduler.getTriggerState(RefreshJobDefinition.EVERY)).thenReturn(Trigger.TriggerState.PAUSED);

        schedule(Settings.defaults()).schedule();

        ArgumentCaptor<Trigger> trigger = ArgumentCaptor.forClass(Trigger.class);
        verify(scheduler).rescheduleJob(eq(RefreshJobDefinition.EVERY), trigger.capture());
        assertThat(RefreshJobDefinition.intervalOf(trigger.getValue())).isEqualTo(Duration.ofMinutes(5));
        // the stored next fire (in 9 minutes) is later than one new interval: the new interval starts now
        assertThat(trigger.getValue().getStartTime()).isEqualTo(Date.from(NOW.plusSeconds(300)));
        verify(scheduler).pauseTrigger(RefreshJobDefinition.EVERY);
    }

    @Test
    void a_shorter_stored_next_fire_is_kept_when_the_interval_changes() throws Exception {
        when(scheduler.checkExists(RefreshJobDefinition.JOB)).thenReturn(true);
        Trigger stored = stored(Duration.ofMinutes(10), Date.from(NOW.plusSeconds(60)));
        when(scheduler.getTrigger(RefreshJobDefinition.EVERY)).thenAnswer(i -> stored);
        when(scheduler.getTriggerState(RefreshJobDefinition.EVERY)).thenReturn(Trigger.TriggerState.NORMAL);

        schedule(Settings.defaults()).schedule();

        ArgumentCaptor<Trigger> trigger = ArgumentCaptor.forClass(Trigger.class);
        verify(scheduler).rescheduleJob(eq(RefreshJobDefinition.EVERY), trigger.capture());
        assertThat(trigger.getValue().getStartTime()).isEqualTo(Date.from(NOW.plusSeconds(60)));
        verify(scheduler, never()).pauseTrigger(any());
    }

    @Test
    void a_context_whose_scheduler_does_not_start_schedules_nothing() throws Exception {
        quartz.setAutoStartup(false);

        new RefreshSchedule(scheduler, new RefreshJobDefinitionTestSupport(), triggers, Settings.defaults(), quartz,
                Clock.fixed(NOW, ZoneOffset.UTC)).onReady();

        verifyNoInteractions(scheduler, triggers);
    }
}
