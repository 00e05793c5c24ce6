package com.storeboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.support.PostgresSchema;
import com.storeboard.support.RunningJar;
import com.storeboard.support.TestServices;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API of the packaged jar on the machine's PostgreSQL (own schema) and Redis (own key prefix), with the demo
 * data loaded at first start and the real cache and jobs behind it: the warm-up fills the cache, then the endpoints
 * answer as the README says.
 */
class ApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String KEY_PREFIX = "storeboard-it:api-" + UUID.randomUUID().toString().substring(0, 8) + ":";

    private static PostgresSchema schema;
    private static RunningJar app;
    private static Path workDir;

    @BeforeAll
    static void startTheJarAndWaitForTheFirstSnapshot() throws Exception {
        schema = PostgresSchema.create("api");
        workDir = Files.createTempDirectory("storeboard-api-it");
        app = new RunningJar(workDir, TestServices.freePort(),
                "--spring.datasource.url=" + schema.jdbcUrl(),
                "--spring.datasource.username=" + TestServices.postgresUser(),
                "--spring.datasource.password=" + TestServices.postgresPassword(),
                "--spring.data.redis.host=" + TestServices.redisHost(),
                "--spring.data.redis.port=" + TestServices.redisPort(),
                "--spring.data.redis.database=" + TestServices.redisDatabase(),
                "--storeboard.redis.embedded=never",
                "--storeboard.cache.key-prefix=" + KEY_PREFIX).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!app.logText().contains("演示数据已导入") && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(app.logText()).as("the demo data (3 stores) is imported at the first start").contains("演示数据已导入");
        HttpResponse<String> latest = send(get("/api/diagnosis/latest"));
        while (latest.statusCode() != 200 && System.nanoTime() < deadline) {
            assertThat(latest.statusCode()).as("before the first snapshot: %s", latest.body()).isEqualTo(503);
            assertThat(latest.headers().firstValue("Retry-After")).isPresent();
            Thread.sleep(1000);
            latest = send(get("/api/diagnosis/latest"));
        }
        assertThat(latest.statusCode()).as("a snapshot within 3 minutes of the first start; log:\n%s", app.logText())
                .isEqualTo(200);
    }

    @AfterAll
    static void stopAndCleanUp() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (schema != null) {
                schema.close();
            }
            deleteOurRedisKeys();
        }
    }

    @Test
    void the_latest_snapshot_of_all_stores_comes_with_its_headers_and_an_etag_that_gives_304() throws Exception {
        HttpResponse<String> response = send(get("/api/diagnosis/latest"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(response.headers().firstValue("X-Stale")).hasValue("false");
        assertThat(Long.parseLong(response.headers().firstValue("X-Data-Age").orElseThrow())).isBetween(0L, 600L);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        JsonNode snapshot = JSON.readTree(response.body());
        assertThat(snapshot.path("scope").path("kind").asString()).isEqualTo("ALL");
        assertThat(response.headers().firstValue("X-Computed-At")).hasValue(snapshot.path("computedAt").asString());
        assertThat(response.headers().firstValue("X-Data-Version")).hasValue(snapshot.path("dataVersion").asString());
        String etag = response.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = send(getBuilder("/api/diagnosis/latest").header("If-None-Match", etag));
        assertThat(again.statusCode()).isIn(200, 304);   // 200 only if a refresh wrote a newer snapshot meanwhile
        if (again.statusCode() == 304) {
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void an_unknown_store_lists_the_known_ones_and_a_known_chinese_name_in_the_url_gives_its_snapshot() throws Exception {
        HttpResponse<String> unknown = send(get("/api/diagnosis/latest?store=" + encode("没有这家店")));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        List<String> known = JSON.readTree(unknown.body()).path("knownStores").valueStream().map(JsonNode::asString).toList();
        assertThat(known).hasSize(3);

        HttpResponse<String> store = send(get("/api/diagnosis/latest?store=" + encode(known.getFirst())));
        assertThat(store.statusCode()).as(store.body()).isIn(200, 503);
        if (store.statusCode() == 200) {
            assertThat(JSON.readTree(store.body()).path("scope").path("storeName").asString()).isEqualTo(known.getFirst());
        }
    }

    @Test
    void a_refresh_is_accepted_its_run_can_be_followed_and_every_stream_hears_of_the_new_snapshot() throws Exception {
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Stream<String>>> stream = HTTP.sendAsync(
                HttpRequest.newBuilder(URI.create(app.url("/api/diagnosis/events"))).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> events = stream.get(10, TimeUnit.SECONDS);
        assertThat(events.statusCode()).isEqualTo(200);
        Thread reader = Thread.ofVirtual().start(() -> events.body().forEach(lines::add));

        HttpResponse<String> accepted = send(HttpRequest.newBuilder(URI.create(app.url("/api/diagnosis/refresh")))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode ticket = JSON.readTree(accepted.body());
        String runId = ticket.path("runId").asString();
        assertThat(ticket.path("status").asString()).isIn("STARTED", "IN_PROGRESS");
        assertThat(accepted.headers().firstValue("Location")).hasValue("/api/jobs/runs/" + runId);

        HttpResponse<String> run = send(get("/api/jobs/runs/" + runId));
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(run.body()).path("runId").asString()).isEqualTo(runId);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lines.stream().noneMatch(l -> l.equals("event:snapshot-updated")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        reader.interrupt();
        events.body().close();
        assertThat(lines).contains(":connected", "event:snapshot-updated");
        String data = lines.get(lines.indexOf("event:snapshot-updated") + 1);
        assertThat(data).startsWith("data:");
        JsonNode update = JSON.readTree(data.substring("data:".length()));
        assertThat(update.path("computedAt").asString()).isNotBlank();
        assertThat(update.path("dataVersion").asString()).isNotBlank();
        assertThat(update.path("node").asString()).isNotBlank();

        HttpResponse<String> recent = send(get("/api/jobs/runs?limit=50"));
        assertThat(recent.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(recent.body()).path("runs").valueStream().map(r -> r.path("runId").asString()))
                .contains(runId);
    }

    @Test
    void the_scheduler_status_shows_this_running_node_and_its_jobs() throws Exception {
        HttpResponse<String> response = send(get("/api/scheduler/status"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode status = JSON.readTree(response.body());
        assertThat(status.path("running").asBoolean()).isTrue();
        assertThat(status.path("clustered").asBoolean()).isTrue();
        assertThat(status.path("nodes").valueStream().filter(n -> n.path("self").asBoolean()).count()).isEqualTo(1);
        assertThat(status.path("jobs").size()).isPositive();
        assertThat(status.path("jobs").get(0).path("id").asString()).isNotBlank();
    }

    @Test
    void an_unknown_api_path_is_problem_json_and_the_pages_are_still_served() throws Exception {
        HttpResponse<String> missing = send(get("/api/nothing-here"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        assertThat(send(get("/")).statusCode()).isEqualTo(200);
    }

    private static HttpRequest get(String path) {
        return get(path, "application/json").build();
    }

    private static HttpRequest.Builder get(String path, String accept) {
        return HttpRequest.newBuilder(URI.create(app.url(path))).header("Accept", accept).timeout(Duration.ofSeconds(10));
    }

    private static HttpRequest.Builder getBuilder(String path) {
        return get(path, "application/json");
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return send(request.build());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void deleteOurRedisKeys() {
        try (Jedis jedis = new Jedis(TestServices.redisHost(), TestServices.redisPort())) {
            jedis.select(TestServices.redisDatabase());
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = jedis.scan(cursor, new ScanParams().match(KEY_PREFIX + "*").count(500));
                if (!page.getResult().isEmpty()) {
                    jedis.del(page.getResult().toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        } catch (RuntimeException e) {
            System.err.println("Could not delete the test's Redis keys " + KEY_PREFIX + "*: " + e);
        }
    }
}
