package com.storeboard.cache;

import com.storeboard.cache.RedisSnapshotStore.RedisUnavailable;
import com.storeboard.cache.ScopeRefresh.Outcome;
import com.storeboard.config.StoreboardProperties;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.snapshots.SnapshotService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Refreshes the cached snapshot of a scope, once across all nodes at a time: takes {@code lock:…} with
 * {@code SET NX PX} and a random token, computes, writes latest (TTL) and last-good, publishes, and releases the
 * lock with a compare-and-delete script. Requests of the same scope in this JVM join the running one without
 * asking Redis. Never throws for a failed scope: the outcome says what happened, and the last good snapshot stays.
 */
@Service
public class SnapshotRefresher {

    private static final Logger log = LoggerFactory.getLogger(SnapshotRefresher.class);
    private static final Duration POLL = Duration.ofMillis(100);

    private final SnapshotService snapshots;
    private final RedisSnapshotStore redis;
    private final SnapshotCache cache;
    private final CacheMetrics metrics;
    private final Clock clock;
    private final StoreboardProperties.Cache config;
    private final String node;
    private final Map<Snapshot.Scope, CompletableFuture<ScopeRefresh>> running = new ConcurrentHashMap<>();

    SnapshotRefresher(SnapshotService snapshots, RedisSnapshotStore redis, SnapshotCache cache, CacheMetrics metrics,
            Clock clock, StoreboardProperties properties) {
        this.snapshots = snapshots;
        this.redis = redis;
        this.cache = cache;
        this.metrics = metrics;
        this.clock = clock;
        this.config = properties.cache();
        this.node = nodeName();
    }

    /** Every scope there is now: 全部门店 first, then each store. */
    public List<Snapshot.Scope> scopes() {
        return snapshots.scopes();
    }

    public ScopeRefresh refresh(Snapshot.Scope scope, RefreshOptions options) {
        long started = clock.millis();
        CompletableFuture<ScopeRefresh> mine = new CompletableFuture<>();
        CompletableFuture<ScopeRefresh> other = running.putIfAbsent(scope, mine);
        if (other != null) {
            if (options.reservation() != null) {
                release(options.reservation());
            }
            return join(scope, other, options, started);
        }
        ScopeRefresh result;
        try {
            result = refreshHere(scope, options, started);
        } catch (RuntimeException | Error e) {
            result = failed(scope, options.runId(), started, "unexpected: " + e, e);
        } finally {
            running.remove(scope, mine);
        }
        mine.complete(result);
        metrics.refresh(result.outcome().name().toLowerCase(), Duration.ofMillis(result.millis()));
        return result;
    }

    private ScopeRefresh join(Snapshot.Scope scope, CompletableFuture<ScopeRefresh> other, RefreshOptions options,
            long started) {
        if (options.joinWait().isZero()) {
            return new ScopeRefresh(scope, Outcome.IN_PROGRESS, null, null, clock.millis() - started, null, null, null);
        }
        try {
            ScopeRefresh done = other.get(options.joinWait().toMillis(), TimeUnit.MILLISECONDS);
            return joined(done, started);
        } catch (TimeoutException e) {
            return new ScopeRefresh(scope, Outcome.IN_PROGRESS, null, null, clock.millis() - started, null, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ScopeRefresh(scope, Outcome.IN_PROGRESS, null, null, clock.millis() - started, null, null, null);
        } catch (ExecutionException e) {
            return failed(scope, options.runId(), started, String.valueOf(e.getCause()), e.getCause());
        }
    }

    private ScopeRefresh joined(ScopeRefresh done, long started) {
        Outcome outcome = done.failed() ? Outcome.FAILED : Outcome.JOINED;
        return new ScopeRefresh(done.scope(), outcome, done.computedAt(), done.dataVersion(), clock.millis() - started,
                done.runId(), done.error(), done.errorDetail());
    }

    private ScopeRefresh refreshHere(Snapshot.Scope scope, RefreshOptions options, long started) {
        String runId = options.reservation() != null ? options.reservation().runId() : options.runId();
        String lockValue;
        if (options.reservation() != null) {
            lockValue = lockValue(options.reservation().runId(), options.reservation().token());
        } else {
            lockValue = lockValue(runId, UUID.randomUUID().toString());
            try {
                if (!redis.tryLock(scope, lockValue, config.lockTtl())) {
                    return waitForOtherNode(scope, options, started);
                }
            } catch (RedisUnavailable e) {
                metrics.error("lock");
                return failed(scope, runId, started, "Redis 不可用, 未刷新 (" + e.getMessage() + ")", e);
            }
        }
        try (LockKeeper keeper = new LockKeeper(scope, lockValue)) {
            if (!options.force()) {
                Optional<ScopeRefresh> unchanged = unchanged(scope, runId, started);
                if (unchanged.isPresent()) {
                    return unchanged.get();
                }
            }
            Snapshot snapshot = snapshots.compute(scope);
            SnapshotCodec.Encoded encoded = SnapshotCodec.encode(snapshot);
            SnapshotUpdated event = new SnapshotUpdated(scope, snapshot.computedAt(), snapshot.dataVersion(), node);
            redis.write(scope, encoded.json(), encoded.meta(), config.ttl(), SnapshotEvents.encode(event));
            cache.remember(encoded.cached(), config.ttl());
            log.debug("Snapshot of {} written: {} bytes, computed in {} ms.", scope.label(), encoded.json().length,
                    snapshot.computeMillis().total());
            return new ScopeRefresh(scope, Outcome.REFRESHED, snapshot.computedAt(), snapshot.dataVersion(),
                    clock.millis() - started, runId, null, null);
        } catch (RedisUnavailable e) {
            metrics.error("write");
            return failed(scope, runId, started, "Redis 不可用, 新结果未能写入 (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            return failed(scope, runId, started, "计算失败: " + e.getMessage(), e);
        } finally {
            try {
                redis.unlock(scope, lockValue);
            } catch (RedisUnavailable e) {
                log.debug("Lock of {} not released ({}); it expires by itself.", scope.label(), e.getMessage());
            }
        }
    }

    /**
     * Keeps the lock while the scope is computed: every third of {@code lock-ttl} its lifetime is renewed (if it is
     * still ours), so that a computation longer than the lock's lifetime is not started a second time elsewhere, and a
     * node that dies still frees it within {@code lock-ttl}.
     */
    private final class LockKeeper implements AutoCloseable {
        private final Thread thread;

        LockKeeper(Snapshot.Scope scope, String lockValue) {
            long every = Math.max(1, config.lockTtl().toMillis() / 3);
            thread = Thread.ofVirtual().name("storeboard-lock-keeper").start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Thread.sleep(every);
                    } catch (InterruptedException e) {
                        return;
                    }
                    try {
                        if (!redis.extendLock(scope, lockValue, config.lockTtl())) {
                            log.warn("[后台任务] {} 的刷新锁已失效 (可能被其他节点接手); 本次结果仍会写入, 下次刷新以最新数据为准。",
                                    scope.label());
                            return;
                        }
                    } catch (RedisUnavailable e) {
                        log.debug("Lock of {} not extended: {}", scope.label(), e.getMessage());
                    }
                }
            });
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }

    /** The cached snapshot is still right (same data and settings, young enough): renew its TTL instead. */
    private Optional<ScopeRefresh> unchanged(Snapshot.Scope scope, String runId, long started) {
        RedisSnapshotStore.Stored latest = redis.latest(scope);
        if (latest.value() == null) {
            return Optional.empty();
        }
        CachedSnapshot cached;
        try {
            cached = SnapshotCodec.read(latest.value(), latest.meta());
        } catch (SnapshotCodec.Unreadable e) {
            return Optional.empty();
        }
        boolean young = clock.millis() - cached.computedAtMillis() < config.maxAge().toMillis();
        if (young && cached.dataVersion().equals(snapshots.dataVersion(scope))
                && snapshots.configFingerprint().equals(cached.configFingerprint()) && redis.touch(scope, config.ttl())) {
            return Optional.of(new ScopeRefresh(scope, Outcome.UNCHANGED, cached.computedAt(), cached.dataVersion(),
                    clock.millis() - started, runId, null, null));
        }
        return Optional.empty();
    }

    /** Another node holds the lock: wait for it to let go (it wrote, or it failed), or say it is in progress. */
    private ScopeRefresh waitForOtherNode(Snapshot.Scope scope, RefreshOptions options, long started) {
        String holder = redis.lockHolder(scope);
        String otherRun = runIdOf(holder);
        long deadline = started + options.joinWait().toMillis();
        while (holder != null && clock.millis() < deadline) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            holder = redis.lockHolder(scope);
        }
        if (holder != null) {
            return new ScopeRefresh(scope, Outcome.IN_PROGRESS, null, null, clock.millis() - started, otherRun, null, null);
        }
        RedisSnapshotStore.Stored latest = redis.latest(scope);
        if (latest.value() == null) {
            return failed(scope, otherRun, started, "另一个节点的刷新没有写入结果", null);
        }
        CachedSnapshot cached = SnapshotCodec.read(latest.value(), latest.meta());
        return new ScopeRefresh(scope, Outcome.JOINED, cached.computedAt(), cached.dataVersion(), clock.millis() - started,
                otherRun, null, null);
    }

    /**
     * Takes the lock of a scope now for a run that starts later (a REST request answers 202 at once and the job
     * runs it). Empty when a refresh of the scope is already running, or Redis does not answer.
     */
    public Optional<Reservation> reserve(Snapshot.Scope scope, String runId) {
        Reservation reservation = new Reservation(scope, runId, UUID.randomUUID().toString());
        try {
            return redis.tryLock(scope, lockValue(runId, reservation.token()), config.lockTtl())
                    ? Optional.of(reservation) : Optional.empty();
        } catch (RedisUnavailable e) {
            metrics.error("lock");
            return Optional.empty();
        }
    }

    /** The run id of the refresh now holding the scope's lock, if any. */
    public Optional<String> runInProgress(Snapshot.Scope scope) {
        try {
            return Optional.ofNullable(runIdOf(redis.lockHolder(scope)));
        } catch (RedisUnavailable e) {
            return Optional.empty();
        }
    }

    /** Gives back a reservation that will not be used (the job could not be scheduled). */
    public void release(Reservation reservation) {
        try {
            redis.unlock(reservation.scope(), lockValue(reservation.runId(), reservation.token()));
        } catch (RedisUnavailable e) {
            log.debug("Reservation of {} not released ({}); it expires by itself.", reservation.scope().label(),
                    e.getMessage());
        }
    }

    /** This node's name in update events: host and process id. */
    public String node() {
        return node;
    }

    private ScopeRefresh failed(Snapshot.Scope scope, String runId, long started, String error, Throwable cause) {
        log.warn("[后台任务] {} 的诊断数据未更新: {}。页面继续显示上次成功的结果。", scope.label(), error);
        return new ScopeRefresh(scope, Outcome.FAILED, null, null, clock.millis() - started, runId, error,
                cause == null ? null : stackTrace(cause));
    }

    private static String lockValue(String runId, String token) {
        return (runId == null ? "-" : runId) + " " + token;
    }

    private static String runIdOf(String lockValue) {
        if (lockValue == null) {
            return null;
        }
        int space = lockValue.indexOf(' ');
        String runId = space < 0 ? lockValue : lockValue.substring(0, space);
        return "-".equals(runId) ? null : runId;
    }

    private static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
