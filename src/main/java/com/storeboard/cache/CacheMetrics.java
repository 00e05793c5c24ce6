package com.storeboard.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The cache's Micrometer meters (also at /actuator/prometheus):
 * {@code storeboard.cache.reads{result=hit|stale|miss}}, {@code storeboard.cache.errors{operation}} and
 * {@code storeboard.cache.refresh{outcome}} (a timer).
 */
@Component
class CacheMetrics {

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    CacheMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void read(String result) {
        counter("storeboard.cache.reads", "result", result, "Snapshot reads by what they found").increment();
    }

    void error(String operation) {
        counter("storeboard.cache.errors", "operation", operation, "Redis failures and unreadable values").increment();
    }

    void refresh(String outcome, Duration took) {
        Timer.builder("storeboard.cache.refresh").description("Refreshes of a scope by outcome").tag("outcome", outcome)
                .register(registry).record(took);
    }

    double count(String name, String tag, String value) {
        Counter c = counters.get(name + "|" + value);
        return c == null ? 0 : c.count();
    }

    private Counter counter(String name, String tag, String value, String description) {
        return counters.computeIfAbsent(name + "|" + value,
                k -> Counter.builder(name).description(description).tag(tag, value).register(registry));
    }
}
