package com.storeboard.config;

import java.net.URI;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;

/** The Redis the user configured ({@code spring.data.redis.*} or its URL), before any probing. */
record RedisTarget(String host, int port, int database, String username, String password, boolean ssl) {

    static RedisTarget of(DataRedisProperties properties) {
        boolean ssl = properties.getSsl().isEnabled();
        if (properties.getUrl() == null || properties.getUrl().isBlank()) {
            return new RedisTarget(properties.getHost(), properties.getPort(), properties.getDatabase(),
                    properties.getUsername(), properties.getPassword(), ssl);
        }
        URI uri = URI.create(properties.getUrl());
        String username = properties.getUsername();
        String password = properties.getPassword();
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            if (parts.length == 2) {
                username = parts[0].isEmpty() ? null : parts[0];
                password = parts[1];
            } else {
                password = parts[0];
            }
        }
        int database = properties.getDatabase();
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            database = Integer.parseInt(path.substring(1));
        }
        return new RedisTarget(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379, database, username, password,
                ssl || "rediss".equals(uri.getScheme()));
    }
}
