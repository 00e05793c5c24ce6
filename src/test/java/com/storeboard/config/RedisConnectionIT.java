package com.storeboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.storeboard.support.AppContexts;
import com.storeboard.support.TestServices;
import java.time.Duration;
import java.util.UUID;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The application's Jedis connection against the machine's real Redis, and against a Redis that hangs. */
@ExtendWith(OutputCaptureExtension.class)
class RedisConnectionIT {

    private static ConfigurableApplicationContext withRedisAt(String host, int port, int database, String mode) {
        return AppContexts.start(
                "spring.data.redis.host=" + host,
                "spring.data.redis.port=" + port,
                "spring.data.redis.database=" + database,
                "storeboard.redis.embedded=" + mode);
    }

    @Test
    void a_value_round_trips_through_the_real_redis_with_its_ttl(CapturedOutput output) {
        try (ConfigurableApplicationContext context = withRedisAt(TestServices.redisHost(), TestServices.redisPort(),
                TestServices.redisDatabase(), "auto")) {
            StringRedisTemplate redis = context.getBean(StringRedisTemplate.class);
            String key = "storeboard-it:" + UUID.randomUUID() + ":diagnosis:latest";
            String json = "{\"scope\":\"全部门店\",\"schemaVersion\":1}";
            try {
                redis.opsForValue().set(key, json, Duration.ofSeconds(600));

                assertThat(redis.opsForValue().get(key)).isEqualTo(json);
                assertThat(redis.getExpire(key)).isBetween(595L, 600L);
            } finally {
                redis.delete(key);
            }
            assertThat(output).contains("Redis connected: " + TestServices.redisHost() + ":" + TestServices.redisPort()
                    + "/" + TestServices.redisDatabase() + " (external)");
            assertThat(context.getBean(HealthEndpoint.class).healthForPath("redis").getStatus()).isEqualTo(Status.UP);
        }
    }

    @Test
    void the_connection_pool_is_bounded_tests_idle_connections_and_times_out_fast() {
        try (ConfigurableApplicationContext context = withRedisAt(TestServices.redisHost(), TestServices.redisPort(),
                TestServices.redisDatabase(), "never")) {
            JedisConnectionFactory factory = context.getBean(JedisConnectionFactory.class);
            GenericObjectPoolConfig<?> pool = factory.getPoolConfig();

            assertThat(factory.getUsePool()).isTrue();
            assertThat(pool.getMaxTotal()).isEqualTo(16);
            assertThat(pool.getMaxWaitDuration()).isLessThanOrEqualTo(Duration.ofMillis(200)).isPositive();
            assertThat(pool.getTestWhileIdle()).isTrue();
            assertThat(factory.getClientConfiguration().getReadTimeout()).isLessThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(factory.getClientConfiguration().getConnectTimeout()).isLessThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void a_redis_that_accepts_connections_but_never_answers_fails_a_command_within_the_timeouts(CapturedOutput output)
            throws Exception {
        try (FakeServer hung = FakeServer.silent();
                ConfigurableApplicationContext context = withRedisAt("127.0.0.1", hung.port(), 0, "never")) {
            StringRedisTemplate redis = context.getBean(StringRedisTemplate.class);

            assertTimeoutPreemptively(Duration.ofSeconds(3),
                    () -> assertThatThrownBy(() -> redis.opsForValue().get("storeboard-it:any")).isInstanceOf(RuntimeException.class));
            Status health = assertTimeoutPreemptively(Duration.ofSeconds(3),
                    () -> context.getBean(HealthEndpoint.class).healthForPath("redis").getStatus());
            assertThat(health).isEqualTo(Status.DOWN);
            assertThat(output).contains("Redis at 127.0.0.1:" + hung.port() + " does not answer");
        }
    }

    @Test
    void a_remote_redis_that_does_not_answer_is_not_replaced_by_an_embedded_one() {
        // 192.0.2.1 is TEST-NET-1: never routed, so nothing answers there.
        try (ConfigurableApplicationContext context = withRedisAt("192.0.2.1", 6379, 0, "auto")) {
            RedisEndpoint endpoint = context.getBean(RedisEndpoint.class);

            assertThat(endpoint.kind()).isEqualTo(RedisEndpoint.Kind.EXTERNAL);
            assertThat(endpoint.reachableAtStart()).isFalse();
            assertThat(endpoint.host()).isEqualTo("192.0.2.1");
        }
    }

    @Test
    void a_local_redis_that_does_not_answer_is_replaced_by_an_embedded_one_on_that_port() throws Exception {
        int port = EmbeddedRedisServer.freePort();
        try (ConfigurableApplicationContext context = withRedisAt("localhost", port, 0, "auto")) {
            RedisEndpoint endpoint = context.getBean(RedisEndpoint.class);

            assertThat(endpoint.kind()).isEqualTo(RedisEndpoint.Kind.EMBEDDED);
            assertThat(endpoint.port()).isEqualTo(port);
            assertThat(context.getBean(StringRedisTemplate.class).getConnectionFactory().getConnection().ping()).isEqualTo("PONG");
        }
        assertThat(new RedisProbe(Duration.ofMillis(300)).answers("127.0.0.1", port)).isFalse();
    }
}
