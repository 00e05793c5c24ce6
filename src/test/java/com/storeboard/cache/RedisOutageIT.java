package com.storeboard.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.cache.ScopeRefresh.Outcome;
import com.storeboard.cache.SnapshotRead.Freshness;
import com.storeboard.cache.SnapshotRead.StaleReason;
import com.storeboard.diagnosis.model.Snapshot;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.Jedis;

/**
 * Redis stopped in the middle of work (a redis-server of the test's own): pages keep reading from memory, a refresh
 * fails quickly and keeps the last good snapshot, and after Redis is back the next refresh fills it again, with no
 * restart of the application.
 */
class RedisOutageIT {

    private static final Snapshot.Scope ALL = Snapshot.Scope.all();
    private static OwnRedisServer redis;
    private static CacheContext services;
    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void start() {
        redis = new OwnRedisServer().start();
        services = new CacheContext("outage", "127.0.0.1", redis.port, 0);
        // the node trusts its copy for 2 s (the default), then asks Redis again
        node = services.startNode("storeboard.cache.memory-revalidate=2s", "storeboard.cache.subscription-check=1s");
        CacheContext.importDemoData(node);
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void with_redis_down_reads_answer_from_memory_quickly_and_after_it_is_back_the_next_refresh_repopulates_it()
            throws Exception {
        SnapshotRefresher refresher = node.getBean(SnapshotRefresher.class);
        SnapshotCache cache = node.getBean(SnapshotCache.class);
        SnapshotEvents events = node.getBean(SnapshotEvents.class);
        ScopeRefresh before = refresher.refresh(ALL, new RefreshOptions(true, Duration.ofSeconds(60), "before", null));
        assertThat(before.outcome()).isEqualTo(Outcome.REFRESHED);
        assertThat(cache.read(ALL).freshness()).isEqualTo(Freshness.FRESH);

        redis.kill();
        Thread.sleep(2100); // past memory-revalidate: the next read asks the dead Redis

        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            SnapshotRead read = cache.read(ALL);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(millis).as("read %d took %d ms", i, millis).isLessThanOrEqualTo(200);
            assertThat(read.freshness()).isEqualTo(Freshness.STALE);
            assertThat(read.reason()).isEqualTo(StaleReason.REDIS_UNAVAILABLE);
            assertThat(read.snapshot().computedAt()).isEqualTo(before.computedAt());
        }

        long started = System.nanoTime();
        ScopeRefresh during = refresher.refresh(ALL, new RefreshOptions(true, Duration.ofSeconds(60), "during", null));
        assertThat(during.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(during.error()).contains("Redis 不可用");
        assertThat((System.nanoTime() - started) / 1_000_000).as("a failed refresh waits no longer than the timeouts")
                .isLessThan(2_000);
        assertThat(cache.read(ALL).snapshot().computedAt()).isEqualTo(before.computedAt());

        redis.start();
        Thread.sleep(1100); // a second later, so that the new snapshot's computedAt differs
        ScopeRefresh after = refresher.refresh(ALL, new RefreshOptions(true, Duration.ofSeconds(60), "after", null));

        assertThat(after.outcome()).isEqualTo(Outcome.REFRESHED);
        try (Jedis jedis = services.jedis()) {
            assertThat(jedis.get(services.key("diagnosis:latest"))).contains(after.computedAt());
            assertThat(jedis.pttl(services.key("diagnosis:latest"))).isGreaterThan(590_000L);
        }
        SnapshotCacheIT.await(() -> cache.read(ALL).freshness() == Freshness.FRESH);
        assertThat(cache.read(ALL).snapshot().computedAt()).isEqualTo(after.computedAt());
        SnapshotCacheIT.await(events::listening);
    }

    @Test
    void a_redis_that_hangs_costs_a_read_no_more_than_the_socket_timeout_and_the_subscription_comes_back_when_it_answers()
            throws Exception {
        SnapshotRefresher refresher = node.getBean(SnapshotRefresher.class);
        SnapshotCache cache = node.getBean(SnapshotCache.class);
        SnapshotEvents events = node.getBean(SnapshotEvents.class);
        java.util.concurrent.BlockingQueue<SnapshotUpdated> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        ScopeRefresh before = refresher.refresh(ALL, new RefreshOptions(true, Duration.ofSeconds(60), "before-hang", null));
        assertThat(before.outcome()).isEqualTo(Outcome.REFRESHED);
        SnapshotCacheIT.await(events::listening);

        redis.freeze();
        try {
            // two silent checks of 1 s, then the connection is closed and the node knows it is not listening
            SnapshotCacheIT.await(() -> !events.listening());
            Thread.sleep(2100); // past memory-revalidate
            long started = System.nanoTime();
            SnapshotRead first = cache.read(ALL);
            long firstMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(firstMillis).as("the first read waits at most the socket timeout (800 ms)").isLessThan(1_500);
            assertThat(first.reason()).isEqualTo(StaleReason.REDIS_UNAVAILABLE);
            assertThat(first.snapshot().computedAt()).isEqualTo(before.computedAt());
            started = System.nanoTime();
            SnapshotRead second = cache.read(ALL);
            assertThat((System.nanoTime() - started) / 1_000_000).as("later reads leave the hung Redis alone")
                    .isLessThanOrEqualTo(200);
            assertThat(second.reason()).isEqualTo(StaleReason.REDIS_UNAVAILABLE);
        } finally {
            redis.thaw();
        }

        SnapshotCacheIT.await(events::listening);
        try (Subscription subscription = events.subscribe(heard::add)) {
            Thread.sleep(1100);
            ScopeRefresh after = refresher.refresh(ALL, new RefreshOptions(true, Duration.ofSeconds(60), "after-hang", null));
            assertThat(after.outcome()).isEqualTo(Outcome.REFRESHED);
            SnapshotUpdated event = heard.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(event).isNotNull();
            assertThat(event.computedAt()).isEqualTo(after.computedAt());
        }
    }
}
