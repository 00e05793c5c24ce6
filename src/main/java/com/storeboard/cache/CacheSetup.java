package com.storeboard.cache;

import com.storeboard.config.StoreboardProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;

@Configuration(proxyBeanMethods = false)
class CacheSetup {

    @Bean
    RedisSnapshotStore redisSnapshotStore(RedisConnectionFactory connections, StoreboardProperties properties) {
        return new RedisSnapshotStore(connections, new CacheKeys(properties.cache().keyPrefix()));
    }
}
