package com.storeboard.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.storeboard.cache.ScopeRefresh.Outcome;
import com.storeboard.config.StoreboardProperties;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.snapshots.SnapshotService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The refresher's lock handling, with Redis and the computation replaced (units). */
class SnapshotRefresherTest {

    private static final Snapshot.Scope ALL = Snapshot.Scope.all();
    private static final Snapshot SNAPSHOT = DemoSnapshots.all("2026-11-25T08:00:00+08:00");

    private final SnapshotService snapshots = mock(SnapshotService.class);
    private final RedisSnapshotStore redis = mock(RedisSnapshotStore.class);
    private final SnapshotCache cache = mock(SnapshotCache.class);

    private SnapshotRefresher refresher(Duration lockTtl) {
        StoreboardProperties properties = new StoreboardProperties(Path.of("data"),
                new StoreboardProperties.Redis(StoreboardProperties.EmbeddedMode.AUTO, Duration.ofMillis(500),
                        Duration.ofSeconds(15)),
                new StoreboardProperties.Ui(Locale.SIMPLIFIED_CHINESE),
                new StoreboardProperties.Cache(Duration.ofSeconds(600), "", lockTtl, Duration.ofSeconds(30),
                        Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofSeconds(15)),
                new StoreboardProperties.Jobs(Duration.ofMinutes(5), true, true, Duration.ofDays(30)));
        return new SnapshotRefresher(snapshots, redis, cache, new CacheMetrics(new SimpleMeterRegistry()),
                Clock.systemUTC(), properties);
    }

    @Test
    void a_computation_longer_than_the_lock_lifetime_keeps_renewing_the_lock_and_releases_it_at_the_end() {
        when(redis.tryLock(eq(ALL), anyString(), any())).thenReturn(true);
        when(redis.extendLock(eq(ALL), anyString(), any())).thenReturn(true);
        when(snapshots.compute(ALL)).thenAnswer(call -> {
            Thread.sleep(1_000); // three lock lifetimes of 300 ms
            return SNAPSHOT;
        });

        ScopeRefresh done = refresher(Duration.ofMillis(300)).refresh(ALL,
                new RefreshOptions(true, Duration.ZERO, "run-1", null));

        assertThat(done.outcome()).isEqualTo(Outcome.REFRESHED);
        verify(redis, atLeast(5)).extendLock(eq(ALL), anyString(), eq(Duration.ofMillis(300)));
        verify(redis).unlock(eq(ALL), anyString());
    }

    @Test
    void a_quick_computation_does_not_touch_the_lock_in_between() {
        when(redis.tryLock(eq(ALL), anyString(), any())).thenReturn(true);
        when(snapshots.compute(ALL)).thenReturn(SNAPSHOT);

        ScopeRefresh done = refresher(Duration.ofMinutes(5)).refresh(ALL,
                new RefreshOptions(true, Duration.ZERO, "run-2", null));

        assertThat(done.outcome()).isEqualTo(Outcome.REFRESHED);
        verify(redis, never()).extendLock(any(), anyString(), any());
    }

    @Test
    void a_lock_held_elsewhere_is_reported_with_the_other_runs_id_when_the_request_does_not_wait() {
        when(redis.tryLock(eq(ALL), anyString(), any())).thenReturn(false);
        when(redis.lockHolder(ALL)).thenReturn("run-elsewhere 5f1c");

        ScopeRefresh done = refresher(Duration.ofMinutes(5)).refresh(ALL,
                new RefreshOptions(true, Duration.ZERO, "run-3", null));

        assertThat(done.outcome()).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(done.runId()).isEqualTo("run-elsewhere");
        verify(snapshots, never()).compute(any());
    }
}
