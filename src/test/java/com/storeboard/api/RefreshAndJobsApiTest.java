package com.storeboard.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.jobs.JobRun;
import com.storeboard.jobs.RefreshTicket;
import com.storeboard.jobs.SchedulerStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefreshAndJobsApiTest extends ApiWebTest {

    private static final JobRun RUN = new JobRun("r-42", "update_diagnosis", "manual", "node-a",
            Instant.parse("2026-11-25T00:00:12Z"), Instant.parse("2026-11-25T00:00:13Z"),
            Instant.parse("2026-11-25T00:00:16.500Z"), 3500L, "SUCCESS", "MANUAL", 4, 4,
            "全部门店 REFRESHED 1.2 s", null, "java.lang.IllegalStateException\n\tat com.storeboard.Secret");

    @Test
    void a_refresh_that_starts_a_run_is_accepted_with_the_run_to_follow() throws Exception {
        when(refreshes.request(Snapshot.Scope.all()))
                .thenReturn(new RefreshTicket("r-42", RefreshTicket.Status.STARTED, Snapshot.Scope.all()));

        mvc.perform(post("/api/diagnosis/refresh"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/jobs/runs/r-42"))
                .andExpect(header().string("Content-Type", "application/json"))
                .andExpect(jsonPath("$.runId").value("r-42"))
                .andExpect(jsonPath("$.status").value("STARTED"))
                .andExpect(jsonPath("$.scope.kind").value("ALL"))
                .andExpect(jsonPath("$.scope.storeName").isEmpty())
                .andExpect(jsonPath("$.scope.label").value("全部门店"))
                .andExpect(jsonPath("$.links.run").value("/api/jobs/runs/r-42"))
                .andExpect(jsonPath("$.links.latest").value("/api/diagnosis/latest"));
    }

    @Test
    void a_refresh_of_a_scope_already_refreshing_is_accepted_and_points_at_the_running_one() throws Exception {
        Snapshot.Scope donghu = Snapshot.Scope.store(DONGHU);
        when(refresher.scopes()).thenReturn(List.of(Snapshot.Scope.all(), donghu));
        when(refreshes.request(donghu)).thenReturn(new RefreshTicket("r-41", RefreshTicket.Status.IN_PROGRESS, donghu));

        mvc.perform(post("/api/diagnosis/refresh").param("store", DONGHU))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/jobs/runs/r-41"))
                .andExpect(jsonPath("$.runId").value("r-41"))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.scope.kind").value("STORE"))
                .andExpect(jsonPath("$.scope.storeName").value(DONGHU))
                .andExpect(jsonPath("$.links.run").value("/api/jobs/runs/r-41"))
                // 星河便利（东湖店） percent-encoded as UTF-8
                .andExpect(jsonPath("$.links.latest").value("/api/diagnosis/latest?store="
                        + "%E6%98%9F%E6%B2%B3%E4%BE%BF%E5%88%A9%EF%BC%88%E4%B8%9C%E6%B9%96%E5%BA%97%EF%BC%89"));
    }

    @Test
    void a_refresh_of_an_unknown_store_is_404_and_starts_nothing() throws Exception {
        when(refresher.scopes()).thenReturn(List.of(Snapshot.Scope.all(), Snapshot.Scope.store(DONGHU)));

        mvc.perform(post("/api/diagnosis/refresh").param("store", "东湖店"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.store").value("东湖店"))
                .andExpect(jsonPath("$.knownStores[0]").value(DONGHU));
        verify(refreshes, never()).request(any());
    }

    @Test
    void a_run_is_shown_with_iso_instants_and_without_its_stack_trace() throws Exception {
        when(history.run("r-42")).thenReturn(Optional.of(RUN));

        mvc.perform(get("/api/jobs/runs/r-42"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runId").value("r-42"))
                .andExpect(jsonPath("$.job").value("update_diagnosis"))
                .andExpect(jsonPath("$.node").value("node-a"))
                .andExpect(jsonPath("$.scheduledAt").value("2026-11-25T00:00:12Z"))
                .andExpect(jsonPath("$.startedAt").value("2026-11-25T00:00:13Z"))
                .andExpect(jsonPath("$.finishedAt").value("2026-11-25T00:00:16.500Z"))
                .andExpect(jsonPath("$.durationMillis").value(3500))
                .andExpect(jsonPath("$.outcome").value("SUCCESS"))
                .andExpect(jsonPath("$.reason").value("MANUAL"))
                .andExpect(jsonPath("$.scopesRefreshed").value(4))
                .andExpect(jsonPath("$.scopesTotal").value(4))
                .andExpect(jsonPath("$.detail").value("全部门店 REFRESHED 1.2 s"))
                .andExpect(jsonPath("$.errorMessage").isEmpty())
                .andExpect(jsonPath("$.errorStack").doesNotExist())
                .andExpect(jsonPath("$.links.self").value("/api/jobs/runs/r-42"));
    }

    @Test
    void a_run_still_going_has_no_finish_yet() throws Exception {
        JobRun running = new JobRun("r-43", "update_diagnosis", "manual", "node-b", Instant.parse("2026-11-25T00:00:12Z"),
                Instant.parse("2026-11-25T00:00:12Z"), null, null, "RUNNING", "MANUAL", 1, 4, null, null, null);
        when(history.run("r-43")).thenReturn(Optional.of(running));

        mvc.perform(get("/api/jobs/runs/r-43"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("RUNNING"))
                .andExpect(jsonPath("$.finishedAt").isEmpty())
                .andExpect(jsonPath("$.durationMillis").isEmpty());
    }

    @Test
    void an_unknown_run_is_404() throws Exception {
        when(history.run("nope")).thenReturn(Optional.empty());

        mvc.perform(get("/api/jobs/runs/nope"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:storeboard:problem:unknown-run"))
                .andExpect(jsonPath("$.runId").value("nope"))
                .andExpect(jsonPath("$.detail").value("任务运行记录中没有编号为“nope”的运行（可能已超过保留期被删除）。"));
    }

    @Test
    void the_recent_runs_are_listed_newest_first_twenty_unless_asked_otherwise() throws Exception {
        when(history.recent(20)).thenReturn(List.of(RUN));
        when(history.recent(5)).thenReturn(List.of());

        mvc.perform(get("/api/jobs/runs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.limit").value(20))
                .andExpect(jsonPath("$.runs.length()").value(1))
                .andExpect(jsonPath("$.runs[0].runId").value("r-42"));
        mvc.perform(get("/api/jobs/runs").param("limit", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.limit").value(5))
                .andExpect(jsonPath("$.runs.length()").value(0));
    }

    @Test
    void a_limit_outside_one_to_the_maximum_is_a_400_problem() throws Exception {
        mvc.perform(get("/api/jobs/runs").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:storeboard:problem:bad-limit"))
                .andExpect(jsonPath("$.detail").value("limit 为 0，必须在 1 到 200 之间。"));
        mvc.perform(get("/api/jobs/runs").param("limit", "201"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.maxLimit").value(200));
        mvc.perform(get("/api/jobs/runs").param("limit", "twenty"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.instance").value("/api/jobs/runs"));
    }

    @Test
    void the_scheduler_status_lists_nodes_and_jobs_with_iso_instants_and_durations() throws Exception {
        SchedulerStatus status = new SchedulerStatus(true, "storeboard", "node-a", true,
                List.of(new SchedulerStatus.Node("node-a", Instant.parse("2026-11-25T00:00:10Z"), Duration.ofSeconds(5), true),
                        new SchedulerStatus.Node("node-b", Instant.parse("2026-11-25T00:00:08Z"), Duration.ofSeconds(5), false)),
                List.of(new SchedulerStatus.JobStatus("update_diagnosis", "storeboard", "更新诊断数据缓存",
                        "Update the diagnosis cache", "每 5 分钟刷新所有范围的诊断快照", false, false,
                        Instant.parse("2026-11-25T00:05:00Z"), Instant.parse("2026-11-25T00:00:00Z"), Duration.ofMinutes(5), RUN),
                        new SchedulerStatus.JobStatus("warm_up", "storeboard", "预热", "Warm-up", null, false, false,
                                null, null, null, null)));
        when(scheduler.status()).thenReturn(status);

        mvc.perform(get("/api/scheduler/status"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.running").value(true))
                .andExpect(jsonPath("$.schedulerName").value("storeboard"))
                .andExpect(jsonPath("$.node").value("node-a"))
                .andExpect(jsonPath("$.clustered").value(true))
                .andExpect(jsonPath("$.nodes.length()").value(2))
                .andExpect(jsonPath("$.nodes[0].instanceId").value("node-a"))
                .andExpect(jsonPath("$.nodes[0].lastCheckin").value("2026-11-25T00:00:10Z"))
                .andExpect(jsonPath("$.nodes[0].checkinInterval").value("PT5S"))
                .andExpect(jsonPath("$.nodes[0].self").value(true))
                .andExpect(jsonPath("$.nodes[1].self").value(false))
                .andExpect(jsonPath("$.jobs[0].id").value("update_diagnosis"))
                .andExpect(jsonPath("$.jobs[0].nameZh").value("更新诊断数据缓存"))
                .andExpect(jsonPath("$.jobs[0].nameEn").value("Update the diagnosis cache"))
                .andExpect(jsonPath("$.jobs[0].nextRun").value("2026-11-25T00:05:00Z"))
                .andExpect(jsonPath("$.jobs[0].previousRun").value("2026-11-25T00:00:00Z"))
                .andExpect(jsonPath("$.jobs[0].interval").value("PT5M"))
                .andExpect(jsonPath("$.jobs[0].paused").value(false))
                .andExpect(jsonPath("$.jobs[0].lastOutcome").value("SUCCESS"))
                .andExpect(jsonPath("$.jobs[0].lastRun.runId").value("r-42"))
                .andExpect(jsonPath("$.jobs[1].nextRun").isEmpty())
                .andExpect(jsonPath("$.jobs[1].interval").isEmpty())
                .andExpect(jsonPath("$.jobs[1].lastOutcome").isEmpty())
                .andExpect(jsonPath("$.jobs[1].lastRun").isEmpty());
    }
}
