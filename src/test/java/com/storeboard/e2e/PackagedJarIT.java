package com.storeboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.support.RunningJar;
import com.storeboard.support.TestServices;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar started as a user starts it, with nothing configured and nothing listening on the
 * Redis port it is given: it must come up with an embedded redis-server, report itself healthy, and leave
 * no redis-server behind, also after being killed.
 */
class PackagedJarIT {

    @TempDir
    Path workDir;

    private final int redisPort = TestServices.freePort();

    /** The jar as a user starts it, but without the first-start demo data (it has its own test). */
    private RunningJar jar() {
        return new RunningJar(workDir, TestServices.freePort(), "--spring.data.redis.port=" + redisPort,
                "--storeboard.demo.load-on-empty=false");
    }

    @Test
    void the_jar_holds_no_lettuce_and_no_vaadin_dev_tooling() throws IOException {
        try (ZipFile zip = new ZipFile(TestServices.jar().toFile())) {
            List<String> libraries = zip.stream().map(e -> e.getName()).filter(n -> n.startsWith("BOOT-INF/lib/")).toList();
            assertThat(libraries).isNotEmpty()
                    .anyMatch(n -> n.contains("jedis-"))
                    .noneMatch(n -> n.contains("lettuce"))
                    .noneMatch(n -> n.contains("vaadin-dev"));
        }
    }

    @Test
    void with_nothing_configured_it_answers_and_is_healthy_with_database_redis_and_scheduler_up() throws Exception {
        try (RunningJar app = jar().start()) {
            assertThat(app.get("/").statusCode()).isEqualTo(200);

            JsonNode health = JsonMapper.builder().build().readTree(app.get("/actuator/health").body());
            assertThat(health.path("status").asString()).isEqualTo("UP");
            for (String component : List.of("db", "redis", "scheduler")) {
                assertThat(health.path("components").path(component).path("status").asString())
                        .as(component).isEqualTo("UP");
            }
            assertThat(health.path("components").path("db").path("details").path("database").asString()).isEqualTo("H2");
            assertThat(health.path("components").path("scheduler").path("details").path("clustered").asBoolean()).isTrue();
            assertThat(app.logText())
                    .contains("Redis connected: 127.0.0.1:" + redisPort + "/0 (embedded redis-server 7.0.15)");
            assertThat(workDir.resolve("data/storeboard.mv.db")).exists();
        }
    }

    @Test
    void the_first_start_with_nothing_configured_loads_the_demo_data_in_the_background() throws Exception {
        try (RunningJar app = new RunningJar(workDir, TestServices.freePort(), "--spring.data.redis.port=" + redisPort).start()) {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!app.logText().contains("演示数据已导入") && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertThat(app.logText()).contains("首次启动：还没有订单数据").contains("演示数据已导入");
            // the embedded H2 database admits a second local connection while the app runs
            try (java.sql.Connection db = java.sql.DriverManager.getConnection(
                    "jdbc:h2:file:" + workDir.resolve("data/storeboard") + ";AUTO_SERVER=TRUE;DATABASE_TO_LOWER=TRUE", "sa", "")) {
                var rs = db.createStatement().executeQuery(
                        "select count(distinct store_name), count(*), max(order_date) from partition_digest");
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
                assertThat(rs.getInt(2)).as("3 stores × 60 days").isEqualTo(180);
                assertThat(rs.getObject(3, java.time.LocalDate.class))
                        .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1));
            }
        }
    }

    @Test
    void prometheus_metrics_are_exposed() {
        try (RunningJar app = jar().start()) {
            String metrics = app.get("/actuator/prometheus").body();
            assertThat(metrics).contains("jvm_memory_used_bytes").contains("application=\"storeboard\"");
        }
    }

    @Test
    void stopping_it_stops_its_embedded_redis_server_too() {
        RunningJar app = jar().start();
        ProcessHandle redis = app.embeddedRedis().orElseThrow();
        assertThat(answers(redisPort)).isTrue();

        app.stop();

        assertThat(redis.isAlive()).isFalse();
        assertThat(answers(redisPort)).isFalse();
    }

    @Test
    void after_a_sigkill_it_starts_again_reuses_the_orphaned_redis_server_and_stops_it_at_the_end() {
        RunningJar app = jar().start();
        ProcessHandle orphan = app.embeddedRedis().orElseThrow();
        app.kill();
        assertThat(orphan.isAlive()).as("redis-server outlives a SIGKILLed JVM").isTrue();

        app.start();
        assertThat(app.logText()).contains("it was left running by an earlier start (pid " + orphan.pid() + ") and is reused");
        assertThat(app.get("/actuator/health/redis").body()).contains("\"UP\"");
        app.stop();

        assertThat(orphan.isAlive()).isFalse();
        assertThat(answers(redisPort)).isFalse();
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
