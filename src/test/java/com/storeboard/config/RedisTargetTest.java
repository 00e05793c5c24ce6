package com.storeboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;

class RedisTargetTest {

    @Test
    void host_port_database_and_password_come_from_the_spring_settings() {
        DataRedisProperties properties = new DataRedisProperties();
        properties.setHost("cache.internal");
        properties.setPort(6380);
        properties.setDatabase(2);
        properties.setPassword("secret");

        assertThat(RedisTarget.of(properties))
                .isEqualTo(new RedisTarget("cache.internal", 6380, 2, null, "secret", false));
    }

    @Test
    void a_redis_url_wins_over_host_and_port_and_carries_user_password_and_database() {
        DataRedisProperties properties = new DataRedisProperties();
        properties.setHost("ignored");
        properties.setUrl("redis://ops:pa55@10.0.0.7:6390/5");

        assertThat(RedisTarget.of(properties))
                .isEqualTo(new RedisTarget("10.0.0.7", 6390, 5, "ops", "pa55", false));
    }

    @Test
    void a_rediss_url_means_tls() {
        DataRedisProperties properties = new DataRedisProperties();
        properties.setUrl("rediss://:pw@redis.example.com");

        RedisTarget target = RedisTarget.of(properties);
        assertThat(target.ssl()).isTrue();
        assertThat(target.port()).isEqualTo(6379);
        assertThat(target.username()).isNull();
        assertThat(target.password()).isEqualTo("pw");
    }

    @Test
    void loopback_names_are_recognised_and_remote_names_are_not() {
        assertThat(RedisEndpointResolver.isLoopback("localhost")).isTrue();
        assertThat(RedisEndpointResolver.isLoopback("127.0.0.1")).isTrue();
        assertThat(RedisEndpointResolver.isLoopback("::1")).isTrue();
        assertThat(RedisEndpointResolver.isLoopback("10.1.2.3")).isFalse();
    }
}
