package com.storeboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.storeboard.cache.SnapshotCache;
import com.storeboard.cache.SnapshotEvents;
import com.storeboard.cache.SnapshotRead;
import com.storeboard.cache.SnapshotRefresher;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.jobs.JobHistory;
import com.storeboard.jobs.RefreshRequests;
import com.storeboard.jobs.SchedulerStatusService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The whole application on a real Tomcat with Vaadin mapped to {@code /*}: requests under {@code /api/} reach Spring
 * MVC's controllers (thanks to {@code vaadin.exclude-urls=/api/**}), everything else still reaches Vaadin, and the
 * actuator stays at {@code /actuator}. The cache and the jobs are mocked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiRoutingTest {

    @LocalServerPort
    int port;

    @MockitoBean
    SnapshotCache cache;
    @MockitoBean
    SnapshotRefresher refresher;
    @MockitoBean
    SnapshotEvents events;
    @MockitoBean
    RefreshRequests refreshes;
    @MockitoBean
    JobHistory history;
    @MockitoBean
    SchedulerStatusService scheduler;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void the_diagnosis_endpoint_is_answered_by_the_api_controller_not_by_vaadin() throws Exception {
        when(cache.read(Snapshot.Scope.all())).thenReturn(ApiWebTest.fresh(
                ApiWebTest.snapshot(Snapshot.Scope.all(), "2026-11-25T08:00:00+08:00", "ab12", "{\"ok\":\"是\"}"),
                Duration.ofSeconds(1)));

        HttpResponse<String> response = get("/api/diagnosis/latest", "*/*");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(response.headers().firstValue("X-Stale")).hasValue("false");
        assertThat(response.body()).isEqualTo("{\"ok\":\"是\"}");
    }

    @Test
    void before_any_snapshot_exists_the_api_answers_503_problem_json_even_to_a_browser() throws Exception {
        when(cache.read(Snapshot.Scope.all())).thenReturn(new SnapshotRead(Snapshot.Scope.all(), null,
                SnapshotRead.Freshness.MISSING, SnapshotRead.StaleReason.NONE, Duration.ZERO));

        HttpResponse<String> response = get("/api/diagnosis/latest", "text/html,application/xhtml+xml,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"urn:storeboard:problem:warming-up\"").doesNotContain("<html");
    }

    @Test
    void an_unknown_api_path_is_a_json_404_from_spring_not_a_vaadin_page() throws Exception {
        HttpResponse<String> response = get("/api/no/such/thing", "text/html,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"urn:storeboard:problem:no-endpoint\"").doesNotContain("<html");
    }

    @Test
    void the_pages_are_still_vaadins_and_the_actuator_still_answers() throws Exception {
        HttpResponse<String> page = get("/", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");

        HttpResponse<String> health = get("/actuator/health/liveness", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
