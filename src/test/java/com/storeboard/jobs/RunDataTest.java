package com.storeboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.diagnosis.model.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

class RunDataTest {

    private final DiagnosisRefreshJob noJob = null;

    @Test
    void scopes_survive_the_trip_through_the_trigger_data_with_all_stores_apart_from_a_store_of_that_name() {
        List<Snapshot.Scope> scopes = List.of(Snapshot.Scope.all(), Snapshot.Scope.store("朝阳门店"),
                Snapshot.Scope.store("全部门店"), Snapshot.Scope.store("Store: A"));

        JobDataMap data = RunData.of(RunReason.IMPORT, "r1", scopes, false, null);

        assertThat(RunData.scopes(data)).contains(scopes);
        assertThat(RunData.scopes(data).orElseThrow().get(0).isAll()).isTrue();
        assertThat(RunData.scopes(data).orElseThrow().get(2).isAll()).isFalse();
    }

    @Test
    void a_trigger_without_scopes_means_every_scope() {
        assertThat(RunData.scopes(RunData.of(RunReason.WARM_UP, "r1", null, false, null))).isEmpty();
    }

    @Test
    void force_and_reason_are_read_back_and_a_scheduled_fire_without_data_is_a_schedule_run() {
        JobDataMap manual = RunData.of(RunReason.MANUAL, "r1", List.of(Snapshot.Scope.all()), true, "tok");
        assertThat(RunData.force(manual)).isTrue();
        assertThat(RunData.reason(Fired.context(manual, false, noJob))).isEqualTo(RunReason.MANUAL);
        assertThat(RunData.reason(Fired.context(new JobDataMap(), false, noJob))).isEqualTo(RunReason.SCHEDULE);
        assertThat(RunData.force(new JobDataMap())).isFalse();
    }

    @Test
    void the_run_id_of_the_trigger_is_used_and_stays_the_same_for_every_caller_of_one_execution() {
        JobExecutionContext context = Fired.context(RunData.of(RunReason.MANUAL, "run-7", null, true, null), false, noJob);

        assertThat(RunData.runId(context)).isEqualTo("run-7");
        assertThat(RunData.runId(context)).isEqualTo("run-7");
    }

    @Test
    void a_scheduled_fire_gets_a_new_run_id_that_the_listener_and_the_job_share() {
        JobExecutionContext context = Fired.context(new JobDataMap(), false, noJob);

        String first = RunData.runId(context);

        assertThat(first).hasSize(36);
        assertThat(RunData.runId(context)).isEqualTo(first);
        assertThat(RunData.runId(Fired.context(new JobDataMap(), false, noJob))).isNotEqualTo(first);
    }

    @Test
    void a_recovery_is_a_new_run_with_reason_recovery_and_remembers_the_interrupted_run_id() {
        JobExecutionContext context = Fired.context(RunData.of(RunReason.MANUAL, "run-7", null, true, "tok"), true, noJob);

        assertThat(RunData.runId(context)).isNotEqualTo("run-7").hasSize(36);
        assertThat(RunData.givenRunId(context)).contains("run-7");
        assertThat(RunData.reason(context)).isEqualTo(RunReason.RECOVERY);
    }
}
