package com.storeboard.cache;

import com.storeboard.cache.RedisSnapshotStore.RedisUnavailable;
import com.storeboard.cache.SnapshotRead.Freshness;
import com.storeboard.cache.SnapshotRead.StaleReason;
import com.storeboard.config.StoreboardProperties;
import com.storeboard.diagnosis.model.Snapshot;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reads snapshots for views and the API. Never computes: this node's copy while it is recent, else the latest key in
 * Redis, else the last-good key (stale, EXPIRED), else this node's last good copy (stale, REDIS_UNAVAILABLE). After a
 * Redis failure it leaves Redis alone for {@code memory-revalidate}, so that a dead Redis costs one timeout, not one
 * per page.
 */
@Service
public class SnapshotCache {

    private static final Logger log = LoggerFactory.getLogger(SnapshotCache.class);

    private final RedisSnapshotStore redis;
    private final CacheMetrics metrics;
    private final Clock clock;
    private final StoreboardProperties.Cache config;
    private final Map<Snapshot.Scope, Held> memory = new ConcurrentHashMap<>();
    /** Redis is not asked again before this instant (epoch ms) after it failed; 0 when healthy. */
    private volatile long redisQuietUntil;
    private volatile String lastRedisError;

    SnapshotCache(RedisSnapshotStore redis, CacheMetrics metrics, Clock clock, StoreboardProperties properties) {
        this.redis = redis;
        this.metrics = metrics;
        this.clock = clock;
        this.config = properties.cache();
    }

    /**
     * This node's copy of a scope.
     *
     * @param checkedAt  when Redis last confirmed it (epoch ms)
     * @param expiresAt  when its latest key expires (epoch ms); Long.MAX_VALUE for a last-good copy
     * @param latest     read from the latest key (false: from last-good)
     */
    private record Held(CachedSnapshot snapshot, long checkedAt, long expiresAt, boolean latest) {
    }

    public SnapshotRead read(Snapshot.Scope scope) {
        long now = clock.millis();
        Held held = memory.get(scope);
        if (held != null && held.latest() && now < held.expiresAt()
                && now - held.checkedAt() < config.memoryRevalidate().toMillis()) {
            return answer(scope, held.snapshot(), Freshness.FRESH, StaleReason.NONE, now);
        }
        if (now < redisQuietUntil) {
            return fromMemory(scope, held, now, StaleReason.REDIS_UNAVAILABLE);
        }
        try {
            SnapshotRead read = fromRedis(scope, held, now);
            redisQuietUntil = 0;
            return read;
        } catch (RedisUnavailable e) {
            redisQuietUntil = now + config.memoryRevalidate().toMillis();
            metrics.error("read");
            if (!e.getMessage().equals(lastRedisError)) {
                log.warn("[缓存] Redis 无法读取 ({}): 页面暂时显示本节点内存中的上次结果 (标记为过期)。请检查 Redis 是否运行; 恢复后下一次刷新会自动补回缓存。",
                        e.getMessage());
            }
            lastRedisError = e.getMessage();
            return fromMemory(scope, held, now, StaleReason.REDIS_UNAVAILABLE);
        }
    }

    private SnapshotRead fromRedis(Snapshot.Scope scope, Held held, long now) {
        RedisSnapshotStore.Stored latest = redis.latest(scope);
        StaleReason reason = StaleReason.EXPIRED;
        if (latest.value() != null) {
            CachedSnapshot found = usable(scope, latest, held);
            if (found != null) {
                long expiresAt = latest.ttlMillis() > 0 ? now + latest.ttlMillis() : Long.MAX_VALUE;
                memory.put(scope, new Held(found, now, expiresAt, true));
                lastRedisError = null;
                return answer(scope, found, Freshness.FRESH, StaleReason.NONE, now);
            }
            reason = StaleReason.UNREADABLE;
        }
        RedisSnapshotStore.Stored lastGood = redis.lastGood(scope);
        CachedSnapshot found = lastGood.value() == null ? null : usable(scope, lastGood, held);
        if (found != null) {
            memory.put(scope, new Held(found, now, Long.MAX_VALUE, false));
            return answer(scope, found, Freshness.STALE, reason, now);
        }
        // Redis has nothing usable (flushed, or restarted empty): this node's copy is still better than nothing
        return fromMemory(scope, held, now, reason);
    }

    private SnapshotRead fromMemory(Snapshot.Scope scope, Held held, long now, StaleReason reason) {
        if (held == null) {
            metrics.read("miss");
            return new SnapshotRead(scope, null, Freshness.MISSING, reason, Duration.ZERO);
        }
        return answer(scope, held.snapshot(), Freshness.STALE, reason, now);
    }

    /** The stored value as a snapshot, reusing this node's decoded copy when it is the same one; null if unreadable. */
    private CachedSnapshot usable(Snapshot.Scope scope, RedisSnapshotStore.Stored stored, Held held) {
        if (held != null && java.util.Arrays.equals(held.snapshot().json(), stored.value())) {
            return held.snapshot();
        }
        try {
            CachedSnapshot found = SnapshotCodec.read(stored.value(), stored.meta());
            if (!found.scope().equals(scope)) {
                throw new SnapshotCodec.Unreadable("it belongs to " + found.scope().label());
            }
            return found;
        } catch (SnapshotCodec.Unreadable e) {
            metrics.error("unreadable");
            log.warn("[缓存] 忽略 Redis 中 {} 的诊断数据: {}。下一次刷新会覆盖它。", scope.label(), e.getMessage());
            return null;
        }
    }

    private SnapshotRead answer(Snapshot.Scope scope, CachedSnapshot snapshot, Freshness freshness, StaleReason reason,
            long now) {
        metrics.read(freshness == Freshness.FRESH ? "hit" : "stale");
        Duration age = Duration.ofMillis(Math.max(0, now - snapshot.computedAtMillis()));
        return new SnapshotRead(scope, snapshot, freshness, reason, age);
    }

    /** Called by the refresher after it wrote: this node serves the new snapshot at once. */
    void remember(CachedSnapshot snapshot, Duration ttl) {
        long now = clock.millis();
        memory.put(snapshot.scope(), new Held(snapshot, now, now + ttl.toMillis(), true));
    }

    /** Called when another node announced a new snapshot: the next read asks Redis. */
    void forget(Snapshot.Scope scope) {
        memory.computeIfPresent(scope, (s, held) -> new Held(held.snapshot(), 0, held.expiresAt(), held.latest()));
    }
}
