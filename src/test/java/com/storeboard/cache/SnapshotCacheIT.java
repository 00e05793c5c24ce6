package com.storeboard.cache;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.storeboard.cache.ScopeRefresh.Outcome;
import com.storeboard.cache.SnapshotRead.Freshness;
import com.storeboard.cache.SnapshotRead.StaleReason;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.diagnosis.model.SnapshotJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;

/** The snapshot cache against the real Redis and PostgreSQL (DATA.md §5 default data set). */
class SnapshotCacheIT {

    private static final Snapshot.Scope ALL = Snapshot.Scope.all();
    private static CacheContext services;
    private static ConfigurableApplicationContext node;
    private static SnapshotRefresher refresher;
    private static SnapshotCache cache;

    @BeforeAll
    static void start() {
        services = CacheContext.onSharedRedis("cache");
        node = services.startNode();
        CacheContext.importDemoData(node);
        refresher = node.getBean(SnapshotRefresher.class);
        cache = node.getBean(SnapshotCache.class);
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.close();
        }
    }

    private static ScopeRefresh refresh(Snapshot.Scope scope) {
        return refresher.refresh(scope, new RefreshOptions(true, Duration.ofSeconds(60), "test-run", null));
    }

    @Test
    void a_refresh_writes_latest_with_a_ttl_of_600_seconds_and_last_good_without_one() {
        ScopeRefresh done = refresh(ALL);

        assertThat(done.outcome()).isEqualTo(Outcome.REFRESHED);
        try (Jedis jedis = services.jedis()) {
            long ttl = jedis.pttl(services.key("diagnosis:latest"));
            assertThat(ttl).isBetween(590_000L, 600_000L);
            assertThat(jedis.ttl(services.key("diagnosis:lastgood"))).isEqualTo(-1L);
            String json = jedis.get(services.key("diagnosis:latest"));
            assertThat(json).startsWith("{\"schemaVersion\":1,\"scope\":{\"kind\":\"ALL\"")
                    .contains("\"computedAt\":\"" + done.computedAt() + "\"");
            assertThat(jedis.get(services.key("diagnosis:lastgood"))).isEqualTo(json);
        }
    }

    @Test
    void each_store_has_its_own_latest_key_named_after_the_store() {
        Snapshot.Scope store = refresher.scopes().get(1);

        assertThat(refresh(store).outcome()).isEqualTo(Outcome.REFRESHED);

        try (Jedis jedis = services.jedis()) {
            String json = jedis.get(services.key("diagnosis:latest:store:" + store.storeName()));
            assertThat(json).contains("\"storeName\":\"" + store.storeName() + "\"");
        }
        assertThat(cache.read(store).snapshot().snapshot().scope()).isEqualTo(store);
    }

    @Test
    void a_read_after_a_refresh_is_fresh_and_decodes_to_the_written_snapshot() {
        ScopeRefresh done = refresh(ALL);

        SnapshotRead read = cache.read(ALL);

        assertThat(read.freshness()).isEqualTo(Freshness.FRESH);
        assertThat(read.snapshot().computedAt()).isEqualTo(done.computedAt());
        assertThat(read.snapshot().snapshot().data().stores()).isEqualTo(3);
    }

    @Test
    void an_expired_latest_key_falls_back_to_last_good_marked_stale() {
        ScopeRefresh done = refresh(ALL);
        try (Jedis jedis = services.jedis()) {
            jedis.pexpire(services.key("diagnosis:latest"), 1);
            await(() -> !jedis.exists(services.key("diagnosis:latest")));
        }

        SnapshotRead read = cache.read(ALL);

        assertThat(read.freshness()).isEqualTo(Freshness.STALE);
        assertThat(read.reason()).isEqualTo(StaleReason.EXPIRED);
        assertThat(read.snapshot().computedAt()).isEqualTo(done.computedAt());
    }

    @Test
    void two_concurrent_refresh_requests_run_the_engine_once() throws Exception {
        ConfigurableApplicationContext second = services.startNode();
        SnapshotRefresher other = second.getBean(SnapshotRefresher.class);
        CountDownLatch go = new CountDownLatch(1);
        Snapshot.Scope store = refresher.scopes().get(2);
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        CompletableFuture<ScopeRefresh> first = CompletableFuture.supplyAsync(() -> awaitThen(go,
                () -> refresher.refresh(store, new RefreshOptions(true, Duration.ofSeconds(60), "run-a", null))), threads);
        CompletableFuture<ScopeRefresh> secondRun = CompletableFuture.supplyAsync(() -> awaitThen(go,
                () -> other.refresh(store, new RefreshOptions(true, Duration.ofSeconds(60), "run-b", null))), threads);
        go.countDown();

        List<Outcome> outcomes = List.of(first.get(90, TimeUnit.SECONDS).outcome(), secondRun.get(90, TimeUnit.SECONDS).outcome());

        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.REFRESHED, Outcome.JOINED);
        assertThat(first.get().computedAt()).isEqualTo(secondRun.get().computedAt());
        threads.shutdown();
        second.close();
    }

    @Test
    void two_requests_in_one_node_share_one_computation_and_a_request_that_does_not_wait_hears_in_progress()
            throws Exception {
        Snapshot.Scope store = refresher.scopes().get(3);
        CompletableFuture<ScopeRefresh> running = CompletableFuture.supplyAsync(
                () -> refresher.refresh(store, new RefreshOptions(true, Duration.ofSeconds(60), "run-c", null)),
                java.util.concurrent.Executors.newSingleThreadExecutor());
        await(() -> refresher.runInProgress(store).isPresent());

        ScopeRefresh impatient = refresher.refresh(store, new RefreshOptions(true, Duration.ZERO, "run-d", null));

        assertThat(impatient.outcome()).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(running.get(90, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.REFRESHED);
        assertThat(refresher.runInProgress(store)).isEmpty();
    }

    @Test
    void a_refresh_of_unchanged_data_renews_the_ttl_without_computing() {
        ScopeRefresh first = refresh(ALL);
        try (Jedis jedis = services.jedis()) {
            jedis.pexpire(services.key("diagnosis:latest"), 100_000);
        }

        ScopeRefresh again = refresher.refresh(ALL, RefreshOptions.scheduled("run-e", Duration.ofSeconds(60)));

        assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(again.computedAt()).isEqualTo(first.computedAt());
        try (Jedis jedis = services.jedis()) {
            assertThat(jedis.pttl(services.key("diagnosis:latest"))).isGreaterThan(590_000L);
        }
    }

    @Test
    void a_subscriber_on_another_connection_receives_the_update_with_scope_and_computed_at() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        BlockingQueue<SnapshotUpdated> heard = new LinkedBlockingQueue<>();
        JedisPubSub listener = new JedisPubSub() {
            @Override
            public void onMessage(String channel, String message) {
                received.add(message);
            }
        };
        Thread subscriber = Thread.ofPlatform().daemon().start(() -> {
            try (Jedis jedis = services.jedis()) {
                jedis.subscribe(listener, services.key("diagnosis:updated"));
            }
        });
        await(listener::isSubscribed);
        try (Subscription subscription = node.getBean(SnapshotEvents.class).subscribe(heard::add)) {
            ScopeRefresh done = refresh(ALL);

            String message = received.poll(10, TimeUnit.SECONDS);
            assertThat(message).contains("\"kind\":\"ALL\"").contains("\"computedAt\":\"" + done.computedAt() + "\"");
            SnapshotUpdated event = heard.poll(10, TimeUnit.SECONDS);
            assertThat(event).isNotNull();
            assertThat(event.scope()).isEqualTo(ALL);
            assertThat(event.computedAt()).isEqualTo(done.computedAt());
        } finally {
            listener.unsubscribe();
            subscriber.join(5000);
        }
    }

    @Test
    void a_corrupt_value_in_redis_is_ignored_with_a_warning_and_last_good_is_served() {
        ScopeRefresh done = refresh(ALL);
        ListAppender<ILoggingEvent> logged = capture();
        try (Jedis jedis = services.jedis()) {
            jedis.set(services.key("diagnosis:latest"), "{\"schemaVersion\":1,\"scope\":{\"kind\":\"ALL\"");
        }

        SnapshotRead read = cache.read(ALL);

        assertThat(read.freshness()).isEqualTo(Freshness.STALE);
        assertThat(read.reason()).isEqualTo(StaleReason.UNREADABLE);
        assertThat(read.snapshot().computedAt()).isEqualTo(done.computedAt());
        assertThat(logged.list).anySatisfy(e -> assertThat(e.getFormattedMessage())
                .contains("忽略 Redis 中 全部门店 的诊断数据").contains("not well-formed JSON"));
    }

    @Test
    void a_value_of_an_unknown_schema_version_is_ignored_with_a_warning_naming_the_version() {
        ScopeRefresh done = refresh(ALL);
        ListAppender<ILoggingEvent> logged = capture();
        String future;
        try (Jedis jedis = services.jedis()) {
            future = jedis.get(services.key("diagnosis:latest")).replaceFirst("\"schemaVersion\":1", "\"schemaVersion\":99");
            jedis.set(services.key("diagnosis:latest"), future);
        }

        SnapshotRead read = cache.read(ALL);

        assertThat(read.reason()).isEqualTo(StaleReason.UNREADABLE);
        assertThat(read.snapshot().computedAt()).isEqualTo(done.computedAt());
        assertThat(logged.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("schemaVersion 99"));
        assertThat(SnapshotJson.write(read.snapshot().snapshot()).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(read.snapshot().json());
    }

    private static ListAppender<ILoggingEvent> capture() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(SnapshotCache.class)).addAppender(appender);
        return appender;
    }

    private static <T> T awaitThen(CountDownLatch go, java.util.function.Supplier<T> action) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return action.get();
    }

    static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
