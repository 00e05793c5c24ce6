package com.storeboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.storeboard.diagnosis.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;

class ApiErrorsTest extends ApiWebTest {

    @Test
    void a_database_or_redis_that_does_not_answer_is_a_503_problem_without_a_stack_trace() throws Exception {
        when(history.recent(20)).thenThrow(new DataAccessResourceFailureException("Connection refused: 127.0.0.1:5432"));

        String body = mvc.perform(get("/api/jobs/runs"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:storeboard:problem:storage-unavailable"))
                .andExpect(jsonPath("$.title").value("数据库或 Redis 暂时无法访问"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("5432").doesNotContain("at com.").doesNotContain("Exception");
    }

    @Test
    void a_redis_timeout_while_reading_the_snapshot_is_a_503_problem() throws Exception {
        when(cache.read(Snapshot.Scope.all())).thenThrow(new QueryTimeoutException("Redis command timed out"));

        mvc.perform(get("/api/diagnosis/latest"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.instance").value("/api/diagnosis/latest"));
    }

    @Test
    void anything_unexpected_is_a_500_problem_with_an_error_id_and_no_stack_trace() throws Exception {
        when(scheduler.status()).thenThrow(new IllegalStateException("scheduler exploded"));

        String body = mvc.perform(get("/api/scheduler/status"))
                .andExpect(status().isInternalServerError())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:storeboard:problem:internal-error"))
                .andExpect(jsonPath("$.errorId", matchesPattern("[0-9a-f]{8}")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("exploded").doesNotContain("at com.").doesNotContain("IllegalStateException");
    }

    @Test
    void an_unknown_api_path_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/diagnosis/newest"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:storeboard:problem:no-endpoint"))
                .andExpect(jsonPath("$.detail").value("没有 GET /api/diagnosis/newest 这个接口。接口列表见 README 的 “REST API” 一节。"))
                .andExpect(jsonPath("$.instance").value("/api/diagnosis/newest"));
    }

    @Test
    void a_wrong_method_is_a_405_problem_naming_the_allowed_one() throws Exception {
        mvc.perform(post("/api/diagnosis/latest"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET"))
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(405))
                .andExpect(jsonPath("$.instance").value("/api/diagnosis/latest"));
        mvc.perform(get("/api/diagnosis/refresh"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"));
    }
}
