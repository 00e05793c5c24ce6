package com.storeboard.config;

import com.storeboard.config.StoreboardProperties.EmbeddedMode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which Redis to use: the configured one when it answers PING, otherwise (for a Redis configured on
 * this machine) an embedded redis-server on the configured port if free, else on a free port.
 */
final class RedisEndpointResolver {

    private static final Logger log = LoggerFactory.getLogger(RedisEndpointResolver.class);

    private final StoreboardProperties.Redis settings;
    private final RedisProbe probe;
    private final EmbeddedRedisServer embedded;

    RedisEndpointResolver(StoreboardProperties.Redis settings, RedisProbe probe, EmbeddedRedisServer embedded) {
        this.settings = settings;
        this.probe = probe;
        this.embedded = embedded;
    }

    RedisEndpoint resolve(RedisTarget target) {
        EmbeddedMode mode = settings.embedded();
        if (mode == EmbeddedMode.NEVER || target.ssl()) {
            return external(target, probe.answers(target.host(), target.port()));
        }
        if (mode == EmbeddedMode.AUTO && probe.answers(target.host(), target.port())) {
            Optional<EmbeddedRedisServer.Instance> leftover = embedded.adoptLeftover();
            if (leftover.isPresent() && leftover.get().port() == target.port()) {
                return adopted(target, leftover.get());
            }
            // A leftover on another port is not needed now that the configured Redis answers.
            leftover.ifPresent(unused -> embedded.stop());
            return external(target, true);
        }
        if (mode == EmbeddedMode.AUTO && !isLoopback(target.host())) {
            return external(target, false);
        }
        Optional<EmbeddedRedisServer.Instance> leftover = embedded.adoptLeftover();
        if (leftover.isPresent()) {
            return adopted(target, leftover.get());
        }
        EmbeddedRedisServer.Instance started = embedded.start(target.port(), target.password());
        RedisEndpoint endpoint = new RedisEndpoint("127.0.0.1", started.port(), target.database(),
                RedisEndpoint.Kind.EMBEDDED, true, embedded);
        if (started.port() != target.port()) {
            log.info("Port {} is taken by something that does not answer as Redis; the embedded redis-server uses port {} instead.",
                    target.port(), started.port());
        }
        log.info("Redis connected: {}", endpoint.describe());
        return endpoint;
    }

    private RedisEndpoint adopted(RedisTarget target, EmbeddedRedisServer.Instance leftover) {
        RedisEndpoint endpoint = new RedisEndpoint("127.0.0.1", leftover.port(), target.database(),
                RedisEndpoint.Kind.EMBEDDED, true, embedded);
        log.info("Redis connected: {}; it was left running by an earlier start (pid {}) and is reused.",
                endpoint.describe(), leftover.pid());
        return endpoint;
    }

    private RedisEndpoint external(RedisTarget target, boolean reachable) {
        RedisEndpoint endpoint = new RedisEndpoint(target.host(), target.port(), target.database(),
                RedisEndpoint.Kind.EXTERNAL, reachable, null);
        if (reachable || target.ssl()) {
            log.info("Redis connected: {}", endpoint.describe());
        } else {
            log.warn("Redis at {}:{} does not answer. Storeboard starts anyway, serves pages from memory and "
                    + "reconnects by itself; check that Redis runs there and that SPRING_DATA_REDIS_HOST/PORT are right.",
                    target.host(), target.port());
        }
        return endpoint;
    }

    static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
