package com.storeboard.cache;

import com.storeboard.cache.RedisSnapshotStore.RedisUnavailable;
import com.storeboard.config.StoreboardProperties;
import com.storeboard.diagnosis.model.SnapshotJson;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's listeners of {@link SnapshotUpdated}, fed from the Redis channel (so updates written by any node
 * arrive). A daemon thread holds the subscription and subscribes again after Redis comes back, waiting 1 s, then
 * longer, up to 30 s. A second thread PINGs the subscription every {@code subscription-check}: a Redis that hangs
 * with its socket open (SUBSCRIBE has no read timeout) is noticed after two silent checks and the connection is
 * closed, so that the first thread reconnects. Listeners run on the subscribing thread: hand work off quickly (a
 * view uses {@code UI.access}).
 */
@Component
public class SnapshotEvents implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SnapshotEvents.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final RedisSnapshotStore redis;
    private final SnapshotCache cache;
    private final CacheMetrics metrics;
    private final Clock clock;
    private final Duration check;
    private final List<Consumer<SnapshotUpdated>> listeners = new CopyOnWriteArrayList<>();
    private final Object pause = new Object();
    private volatile RedisSnapshotStore.Subscribed handle;
    /** When the subscription last showed it is alive (connected, subscribed, a message or a pong), epoch ms. */
    private volatile long lastSign;
    private volatile boolean running;
    private volatile boolean subscribed;
    private Thread listener;
    private Thread watchdog;

    SnapshotEvents(RedisSnapshotStore redis, SnapshotCache cache, CacheMetrics metrics, Clock clock,
            StoreboardProperties properties) {
        this.redis = redis;
        this.cache = cache;
        this.metrics = metrics;
        this.clock = clock;
        this.check = properties.cache().subscriptionCheck();
    }

    public Subscription subscribe(Consumer<SnapshotUpdated> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Whether the channel is subscribed now (false while Redis is away). */
    public boolean listening() {
        return subscribed;
    }

    static byte[] encode(SnapshotUpdated event) {
        return SnapshotJson.mapper().writeValueAsBytes(event);
    }

    void deliver(byte[] message) {
        SnapshotUpdated event;
        try {
            event = SnapshotJson.mapper().readValue(message, SnapshotUpdated.class);
        } catch (RuntimeException e) {
            log.warn("[缓存] 忽略频道 {} 上无法读取的消息: {}", redis.keys().channel(), e.getMessage());
            return;
        }
        cache.forget(event.scope());
        for (Consumer<SnapshotUpdated> each : listeners) {
            try {
                each.accept(event);
            } catch (RuntimeException e) {
                log.warn("A listener of snapshot updates failed: {}", e.toString(), e);
            }
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("storeboard-snapshot-events").start(this::listen);
        watchdog = Thread.ofPlatform().daemon().name("storeboard-snapshot-events-check").start(this::watch);
    }

    private void listen() {
        Duration wait = FIRST_RETRY;
        while (running) {
            try {
                redis.subscribe(new RedisSnapshotStore.SubscriptionEvents() {
                    @Override
                    public void connected(RedisSnapshotStore.Subscribed connection) {
                        lastSign = clock.millis();
                        handle = connection;
                    }

                    @Override
                    public void subscribed() {
                        lastSign = clock.millis();
                        subscribed = true;
                        log.info("[缓存] 已订阅更新频道 {}: 任一节点写入的新诊断数据都会推送到本节点的页面", redis.keys().channel());
                        if (!running) {
                            handle.unsubscribe();
                        }
                    }

                    @Override
                    public void message(byte[] message) {
                        lastSign = clock.millis();
                        deliver(message);
                    }

                    @Override
                    public void pong() {
                        lastSign = clock.millis();
                    }
                });
                wait = FIRST_RETRY;
            } catch (RedisUnavailable e) {
                if (running) {
                    metrics.error("subscribe");
                    // the first failure is news; the retries that follow are not
                    log.atLevel(wait.equals(FIRST_RETRY) ? Level.WARN : Level.DEBUG).log(
                            "[缓存] 更新频道的订阅中断 ({}), {} 秒后重试; 期间页面仍可读取缓存, 但不会自动刷新", e.getMessage(),
                            wait.toSeconds());
                }
            } finally {
                subscribed = false;
                handle = null;
            }
            sleep(wait);
            wait = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
        }
    }

    /** Every {@code check}: PING a live subscription, close one that stayed silent for two checks. */
    private void watch() {
        while (running) {
            sleep(check);
            RedisSnapshotStore.Subscribed connection = handle;
            if (!running || connection == null) {
                continue;
            }
            long silent = clock.millis() - lastSign;
            try {
                if (silent > 2 * check.toMillis()) {
                    metrics.error("subscribe");
                    log.warn("[缓存] 更新频道 {} 秒没有响应 (Redis 可能卡住), 断开后重新订阅", silent / 1000);
                    connection.abort();
                } else if (subscribed) {
                    connection.ping();
                }
            } catch (RuntimeException e) {
                log.debug("Subscription check failed: {}", e.toString());
            }
        }
    }

    private void sleep(Duration wait) {
        synchronized (pause) {
            if (running) {
                try {
                    pause.wait(wait.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        RedisSnapshotStore.Subscribed connection = handle;
        if (connection != null) {
            try {
                connection.unsubscribe();
            } catch (RuntimeException e) {
                log.debug("Unsubscribe failed: {}", e.toString());
                connection.abort();
            }
        }
        synchronized (pause) {
            pause.notifyAll();
        }
        join(listener);
        join(watchdog);
    }

    private static void join(Thread thread) {
        if (thread != null) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
