package com.storeboard.cache;

import com.storeboard.cache.RedisSnapshotStore.RedisUnavailable;
import com.storeboard.diagnosis.model.SnapshotJson;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import redis.clients.jedis.BinaryJedisPubSub;

/**
 * This node's listeners of {@link SnapshotUpdated}, fed from the Redis channel (so updates written by any node
 * arrive). A daemon thread holds the subscription and subscribes again after Redis comes back, waiting 1 s, then
 * longer, up to 30 s. Listeners run on that thread: hand work off quickly (a view uses {@code UI.access}).
 */
@Component
public class SnapshotEvents implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SnapshotEvents.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final RedisSnapshotStore redis;
    private final SnapshotCache cache;
    private final CacheMetrics metrics;
    private final List<Consumer<SnapshotUpdated>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<BinaryJedisPubSub> subscription = new AtomicReference<>();
    private final Object pause = new Object();
    private volatile boolean running;
    private volatile boolean subscribed;
    private Thread thread;

    SnapshotEvents(RedisSnapshotStore redis, SnapshotCache cache, CacheMetrics metrics) {
        this.redis = redis;
        this.cache = cache;
        this.metrics = metrics;
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
        for (Consumer<SnapshotUpdated> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A listener of snapshot updates failed: {}", e.toString(), e);
            }
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("storeboard-snapshot-events").start(this::listen);
    }

    private void listen() {
        Duration wait = FIRST_RETRY;
        while (running) {
            try {
                redis.subscribe(this::deliver, pubSub -> {
                    subscription.set(pubSub);
                    subscribed = true;
                    log.info("[缓存] 已订阅更新频道 {}: 任一节点写入的新诊断数据都会推送到本节点的页面", redis.keys().channel());
                    if (!running) {
                        pubSub.unsubscribe();
                    }
                });
                wait = FIRST_RETRY;
            } catch (RedisUnavailable e) {
                if (running) {
                    metrics.error("subscribe");
                    log.warn("[缓存] 更新频道的订阅中断 ({}), {} 秒后重试; 期间页面仍可读取缓存, 但不会自动刷新", e.getMessage(),
                            wait.toSeconds());
                }
            } finally {
                subscribed = false;
                subscription.set(null);
            }
            sleep(wait);
            wait = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
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
        BinaryJedisPubSub pubSub = subscription.get();
        if (pubSub != null) {
            try {
                pubSub.unsubscribe();
            } catch (RuntimeException e) {
                log.debug("Unsubscribe failed: {}", e.toString());
            }
        }
        synchronized (pause) {
            pause.notifyAll();
        }
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
