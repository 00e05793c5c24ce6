package com.storeboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisProbeTest {

    private final RedisProbe probe = new RedisProbe(Duration.ofMillis(300));

    @Test
    void a_server_that_answers_pong_is_a_redis() throws Exception {
        try (FakeServer server = FakeServer.replying("+PONG\r\n")) {
            assertThat(probe.answers("127.0.0.1", server.port())).isTrue();
        }
    }

    @Test
    void a_server_that_demands_a_password_still_counts_as_a_redis() throws Exception {
        try (FakeServer server = FakeServer.replying("-NOAUTH Authentication required.\r\n")) {
            assertThat(probe.answers("127.0.0.1", server.port())).isTrue();
        }
    }

    @Test
    void a_server_that_never_replies_is_given_up_on_after_the_timeout_instead_of_hanging() throws Exception {
        try (FakeServer server = FakeServer.silent()) {
            boolean answered = assertTimeoutPreemptively(Duration.ofSeconds(3),
                    () -> probe.answers("127.0.0.1", server.port()));
            assertThat(answered).isFalse();
        }
    }

    @Test
    void a_closed_port_does_not_answer() {
        int port;
        try (FakeServer server = FakeServer.silent()) {
            port = server.port();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(probe.answers("127.0.0.1", port)).isFalse();
    }

    @Test
    void server_info_is_read_from_a_bulk_reply() throws Exception {
        String body = "# Server\r\nredis_version:7.0.15\r\nprocess_id:4242\r\nexecutable:/tmp/redis-server\r\n";
        try (FakeServer server = FakeServer.replying("$" + body.length() + "\r\n" + body + "\r\n")) {
            assertThat(probe.serverInfo("127.0.0.1", server.port()))
                    .containsEntry("redis_version", "7.0.15")
                    .containsEntry("process_id", "4242")
                    .containsEntry("executable", "/tmp/redis-server");
        }
    }
}
