package com.storeboard.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import com.storeboard.cache.SnapshotRead.Freshness;
import com.storeboard.config.StoreboardProperties;
import com.storeboard.diagnosis.model.Snapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a read reports from this node's copy, with Redis replaced (units). */
class SnapshotCacheTest {

    /** 2026-11-25T08:00:12+08:00. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T00:00:12Z"), ZoneId.of("Asia/Shanghai"));
    private static final Snapshot.Scope ALL = Snapshot.Scope.all();

    private final RedisSnapshotStore redis = mock(RedisSnapshotStore.class);
    private final SnapshotCache cache = new SnapshotCache(redis, new CacheMetrics(new SimpleMeterRegistry()), CLOCK,
            new StoreboardProperties(Path.of("data"),
                    new StoreboardProperties.Redis(StoreboardProperties.EmbeddedMode.AUTO, Duration.ofMillis(500),
                            Duration.ofSeconds(15)),
                    new StoreboardProperties.Ui(Locale.SIMPLIFIED_CHINESE),
                    new StoreboardProperties.Cache(Duration.ofSeconds(600), "", Duration.ofMinutes(5),
                            Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofSeconds(15)),
                    new StoreboardProperties.Jobs(Duration.ofMinutes(5), true, true, Duration.ofDays(30))));

    private Duration ageOf(String computedAt) {
        cache.remember(CachedSnapshots.of(ALL, computedAt, "v1", "{}"), Duration.ofSeconds(600));
        SnapshotRead read = cache.read(ALL);
        assertThat(read.freshness()).isEqualTo(Freshness.FRESH);
        return read.age();
    }

    @Test
    void the_age_counts_from_computed_at_whatever_its_offset() {
        assertThat(ageOf("2026-11-25T08:00:00+08:00")).isEqualTo(Duration.ofSeconds(12));
        assertThat(ageOf("2026-11-25T00:00:00Z")).isEqualTo(Duration.ofSeconds(12));
        // 1 h 2 min 5 s before the clock
        assertThat(ageOf("2026-11-25T06:58:07+08:00")).isEqualTo(Duration.ofSeconds(3725));
    }

    @Test
    void a_snapshot_from_a_node_whose_clock_is_ahead_has_age_zero_not_a_negative_one() {
        assertThat(ageOf("2026-11-25T08:00:15+08:00")).isEqualTo(Duration.ZERO);
    }

    @Test
    void a_recent_copy_of_this_node_is_served_without_asking_redis() {
        ageOf("2026-11-25T08:00:00+08:00");

        verifyNoInteractions(redis);
    }
}
