package com.storeboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.support.PostgresSchema;
import com.storeboard.support.RunningJar;
import com.storeboard.support.TestServices;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Storeboard nodes, each its own JVM running the packaged jar, on one PostgreSQL schema and one Redis: the
 * clustered Quartz store runs every scheduled fire of 更新诊断数据缓存 on exactly one node, and when the node that ran
 * the last fire is killed, the other one runs the next fires; a snapshot written by one node is announced to the event
 * streams of both.
 */
class TwoNodeIT {

    private static final String EVERY = "update_diagnosis_every";

    @TempDir
    Path workDir;

    private PostgresSchema schema;
    private final List<RunningJar> nodes = new ArrayList<>();
    private final String keyPrefix = "it-two-node-" + UUID.randomUUID().toString().substring(0, 8) + ":";

    @BeforeEach
    void database() {
        schema = PostgresSchema.create("two_node");
    }

    @AfterEach
    void stop() {
        nodes.forEach(RunningJar::close);
        schema.close();
        // keys under this test's prefix expire with the cache TTL; the test never touches any other key
    }

    private List<String> settings() {
        return List.of("--spring.datasource.url=" + schema.jdbcUrl(),
                "--spring.datasource.username=" + TestServices.postgresUser(),
                "--spring.datasource.password=" + TestServices.postgresPassword(),
                "--spring.data.redis.host=" + TestServices.redisHost(),
                "--spring.data.redis.port=" + TestServices.redisPort(),
                "--spring.data.redis.database=" + TestServices.redisDatabase(),
                "--storeboard.redis.embedded=never",
                "--storeboard.cache.key-prefix=" + keyPrefix,
                "--storeboard.demo.load-on-empty=false");
    }

    private RunningJar node(String name) {
        List<String> args = new ArrayList<>(settings());
        args.addAll(List.of("--storeboard.jobs.refresh-interval=3s",
                "--spring.quartz.properties.org.quartz.scheduler.instanceId=" + name,
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000"));
        RunningJar jar = new RunningJar(workDir.resolve(name), TestServices.freePort(), args.toArray(String[]::new));
        nodes.add(jar);
        return jar.start();
    }

    @Test
    void every_scheduled_fire_runs_on_exactly_one_node_and_the_other_node_takes_over_when_the_one_running_it_dies()
            throws Exception {
        importSmallOrderData();
        RunningJar a = node("node-a");
        RunningJar b = node("node-b");

        await("six scheduled fires ran", Duration.ofSeconds(60), () -> scheduledRuns(Instant.EPOCH, null) >= 6);
        assertThat(duplicateFires()).as("scheduled fire times that ran on two nodes").isEmpty();

        String last = nodeOfLastScheduledRun();
        RunningJar victim = last.equals("node-a") ? a : b;
        String survivor = last.equals("node-a") ? "node-b" : "node-a";
        victim.kill();
        Instant killed = Instant.now();

        await("the surviving node ran three scheduled fires after the kill", Duration.ofSeconds(60),
                () -> scheduledRuns(killed, survivor) >= 3);
        assertThat(scheduledRuns(killed, last)).as("runs of the killed node after its death").isZero();
        assertThat(duplicateFires()).as("scheduled fire times that ran on two nodes").isEmpty();

    }

    @Test
    void an_update_written_by_one_node_reaches_the_listeners_of_the_other() throws Exception {
        importSmallOrderData();
        RunningJar a = node("node-a");
        RunningJar b = node("node-b");
        await("the warm-up wrote 全部门店", Duration.ofSeconds(60), () -> a.get("/api/diagnosis/latest").statusCode() == 200);
        EventStream onA = EventStream.open(a.url("/api/diagnosis/events"));
        EventStream onB = EventStream.open(b.url("/api/diagnosis/events"));

        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(a.url("/api/diagnosis/refresh")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(202);
        String runId = accepted.body().replaceAll("(?s).*\"runId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        await("the requested run finished", Duration.ofSeconds(60),
                () -> a.get("/api/jobs/runs/" + runId).body().matches("(?s).*\"outcome\"\\s*:\\s*\"SUCCESS\".*"));
        String computedAt = a.get("/api/diagnosis/latest").headers().firstValue("X-Computed-At").orElseThrow();

        String heardOnA = onA.dataContaining(computedAt, Duration.ofSeconds(10));
        String heardOnB = onB.dataContaining(computedAt, Duration.ofSeconds(10));
        assertThat(heardOnB).isEqualTo(heardOnA).contains("\"label\":\"全部门店\"");
        // whichever node ran the job, the other one heard it through Redis
        String writer = heardOnA.replaceAll("(?s).*\"node\"\\s*:\\s*\"[^\"]*:(\\d+)\".*", "$1");
        assertThat(List.of(String.valueOf(a.handle().pid()), String.valueOf(b.handle().pid()))).contains(writer);
        onA.close();
        onB.close();
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The lines of one server-sent event stream, collected in the background. */
    private record EventStream(BlockingQueue<String> lines, CompletableFuture<?> reading) implements AutoCloseable {

        static EventStream open(String url) throws InterruptedException {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            CompletableFuture<?> reading = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(lines::add));
            String first = lines.poll(10, TimeUnit.SECONDS);
            assertThat(first).as("first line of " + url).isEqualTo(":connected");
            return new EventStream(lines, reading);
        }

        /** The data of the first snapshot-updated event that mentions {@code text}. */
        String dataContaining(String text, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            boolean updated = false;
            while (System.nanoTime() < deadline) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line == null) {
                    continue;
                }
                if (line.equals("event:snapshot-updated")) {
                    updated = true;
                } else if (updated && line.startsWith("data:") && line.contains(text)) {
                    return line.substring("data:".length());
                } else if (line.isEmpty()) {
                    updated = false;
                }
            }
            throw new AssertionError("no snapshot-updated event with " + text + " within " + timeout);
        }

        @Override
        public void close() {
            reading.cancel(true);
        }
    }

    /** Two stores × 60 days, small, written by the jar's generator and stored by its import command. */
    private void importSmallOrderData() throws Exception {
        Path files = workDir.resolve("orders");
        run(List.of("generate", "--out", files.toString(), "--stores", "2", "--days", "60", "--orders-per-store-day", "150",
                "--skus-per-store", "150"));
        List<String> importArgs = new ArrayList<>(List.of("import"));
        try (Stream<Path> list = Files.list(files)) {
            list.filter(p -> p.toString().endsWith(".csv")).sorted().map(Path::toString).forEach(importArgs::add);
        }
        assertThat(importArgs).hasSizeGreaterThan(1);
        importArgs.addAll(settings());
        run(importArgs);
    }

    private void run(List<String> args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", TestServices.jar().toString()));
        command.addAll(args);
        Path log = workDir.resolve(args.get(0) + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("STOREBOARD_"));
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(args.get(0) + " did not end within 120 s:\n" + Files.readString(log));
        }
        assertThat(process.exitValue()).as(args.get(0) + ":\n" + Files.readString(log)).isZero();
    }

    /** Finished scheduled runs (of the repeating trigger) scheduled after {@code after}, of one node or of all. */
    private int scheduledRuns(Instant after, String node) {
        return query("select count(*) from job_run where trigger_name = '" + EVERY + "' and outcome <> 'RUNNING' "
                + "and scheduled_at > '" + after + "'" + (node == null ? "" : " and node = '" + node + "'"), rs -> rs.getInt(1))
                .getFirst();
    }

    private List<String> duplicateFires() {
        return query("select scheduled_at, count(*) from job_run where trigger_name = '" + EVERY + "' group by scheduled_at "
                + "having count(*) > 1", rs -> rs.getString(1) + " × " + rs.getInt(2));
    }

    private String nodeOfLastScheduledRun() {
        return query("select node from job_run where trigger_name = '" + EVERY + "' order by scheduled_at desc limit 1",
                rs -> rs.getString(1)).getFirst();
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row) {
        try (Connection c = schema.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
