package com.storeboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded redis-server as a real child process: ports, crash leftovers, and who stops what. */
class EmbeddedRedisIT {

    @TempDir
    Path home;

    private final RedisProbe probe = new RedisProbe(Duration.ofMillis(500));
    private EmbeddedRedisServer first;
    private EmbeddedRedisServer second;

    private EmbeddedRedisServer server() {
        return new EmbeddedRedisServer(home, probe, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopEverything() {
        if (second != null) {
            second.stop();
        }
        if (first != null) {
            first.stop();
        }
    }

    @Test
    void it_starts_on_the_configured_port_when_that_port_is_free() throws IOException {
        int port = EmbeddedRedisServer.freePort();
        first = server();

        EmbeddedRedisServer.Instance instance = first.start(port, null);

        assertThat(instance.port()).isEqualTo(port);
        assertThat(probe.serverInfo("127.0.0.1", port)).containsEntry("redis_version", "7.0.15")
                .containsEntry("process_id", Long.toString(instance.pid()));
    }

    @Test
    void it_moves_to_a_free_port_when_something_that_is_not_redis_holds_the_configured_one() throws IOException {
        try (FakeServer squatter = FakeServer.silent()) {
            first = server();

            EmbeddedRedisServer.Instance instance = first.start(squatter.port(), null);

            assertThat(instance.port()).isNotEqualTo(squatter.port());
            assertThat(probe.answers("127.0.0.1", instance.port())).isTrue();
        }
    }

    @Test
    void a_configured_password_is_required_by_the_embedded_server_too() throws IOException {
        first = server();
        int port = first.start(EmbeddedRedisServer.freePort(), "s3cret").port();

        assertThat(probe.command("127.0.0.1", port, "GET", "x")).hasValueSatisfying(r -> assertThat(r).startsWith("-NOAUTH"));
        assertThat(probe.command("127.0.0.1", port, "AUTH", "s3cret")).contains("+OK");
    }

    @Test
    void stopping_it_ends_the_process_and_frees_the_port() throws IOException {
        first = server();
        EmbeddedRedisServer.Instance instance = first.start(EmbeddedRedisServer.freePort(), null);

        first.stop();

        assertThat(ProcessHandle.of(instance.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(probe.answers("127.0.0.1", instance.port())).isFalse();
        assertThat(stateFiles()).isZero();
    }

    @Test
    void a_server_left_by_a_dead_jvm_is_adopted_and_stopped_by_the_adopter() throws Exception {
        first = server();
        EmbeddedRedisServer.Instance left = first.start(EmbeddedRedisServer.freePort(), null);
        pretendOwnerDied(left.port());

        second = server();
        EmbeddedRedisServer.Instance adopted = second.adoptLeftover().orElseThrow();

        assertThat(adopted.pid()).isEqualTo(left.pid());
        assertThat(adopted.port()).isEqualTo(left.port());
        assertThat(adopted.adopted()).isTrue();
        second.stop();
        assertThat(ProcessHandle.of(left.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        first = null; // already stopped through the adopter
    }

    @Test
    void a_leftover_that_no_longer_answers_is_killed_instead_of_waited_on() throws Exception {
        first = server();
        EmbeddedRedisServer.Instance left = first.start(EmbeddedRedisServer.freePort(), null);
        pretendOwnerDied(left.port());
        new ProcessBuilder("kill", "-STOP", Long.toString(left.pid())).start().waitFor(5, TimeUnit.SECONDS);

        second = server();
        assertThat(second.adoptLeftover()).isEmpty();

        ProcessHandle handle = ProcessHandle.of(left.pid()).orElse(null);
        if (handle != null) {
            handle.onExit().get(5, TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(left.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        first = null;
    }

    @Test
    void the_server_of_a_jvm_that_is_still_running_is_not_taken_over() throws IOException {
        first = server();
        EmbeddedRedisServer.Instance running = first.start(EmbeddedRedisServer.freePort(), null);

        second = server();

        assertThat(second.adoptLeftover()).isEmpty();
        assertThat(probe.answers("127.0.0.1", running.port())).isTrue();
    }

    /** Rewrites the state file as if the JVM that started the server had been killed. */
    private void pretendOwnerDied(int port) throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor(5, TimeUnit.SECONDS);
        Path state = home.resolve("redis-" + port + ".state");
        String text = Files.readString(state).replaceAll("owner=\\d+", "owner=" + dead.pid());
        Files.writeString(state, text);
    }

    private long stateFiles() throws IOException {
        try (var files = Files.list(home)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".state")).count();
        }
    }
}
