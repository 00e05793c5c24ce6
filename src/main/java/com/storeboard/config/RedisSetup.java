package com.storeboard.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the Redis before Spring's Jedis connection factory is built: the factory reads host and port from
 * the {@link DataRedisConnectionDetails} defined here, and everything else (pool, timeouts, TLS) from the
 * usual {@code spring.data.redis.*} settings.
 */
@Configuration(proxyBeanMethods = false)
class RedisSetup {

    @Bean(destroyMethod = "close")
    RedisEndpoint redisEndpoint(DataRedisProperties redis, StoreboardProperties storeboard) {
        RedisProbe probe = new RedisProbe(storeboard.redis().probeTimeout());
        EmbeddedRedisServer embedded = new EmbeddedRedisServer(
                storeboard.dataDir().toAbsolutePath().normalize().resolve("embedded-redis"), probe,
                storeboard.redis().embeddedStartTimeout());
        return new RedisEndpointResolver(storeboard.redis(), probe, embedded).resolve(RedisTarget.of(redis));
    }

    @Bean
    DataRedisConnectionDetails redisConnectionDetails(RedisEndpoint endpoint, DataRedisProperties redis,
            ObjectProvider<SslBundles> sslBundles) {
        RedisTarget target = RedisTarget.of(redis);
        String bundleName = redis.getSsl().getBundle();
        SslBundle bundle = bundleName == null ? null : sslBundles.getObject().getBundle(bundleName);
        return new DataRedisConnectionDetails() {
            @Override
            public String getUsername() {
                return target.username();
            }

            @Override
            public String getPassword() {
                return target.password();
            }

            @Override
            public SslBundle getSslBundle() {
                return bundle;
            }

            @Override
            public Standalone getStandalone() {
                return Standalone.of(endpoint.host(), endpoint.port(), endpoint.database());
            }
        };
    }
}
