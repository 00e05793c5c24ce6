package com.storeboard.api;


import com.storeboard.cache.CachedSnapshot;
import com.storeboard.cache.CachedSnapshots;
import com.storeboard.cache.SnapshotCache;
import com.storeboard.cache.SnapshotEvents;
import com.storeboard.cache.SnapshotRead;
import com.storeboard.cache.SnapshotRefresher;
import com.storeboard.config.StoreboardProperties;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.jobs.JobHistory;
import com.storeboard.jobs.RefreshRequests;
import com.storeboard.jobs.SchedulerStatusService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API's web layer (controllers, problem handlers, JSON, headers) on MockMvc, with the cache and the jobs mocked
 * and the clock fixed at 2026-11-25T08:00:12+08:00.
 */
@WebMvcTest
@Import({ApiSetup.class, ProblemTexts.class, ReadLog.class, SnapshotStreams.class, CompressedSnapshots.class,
        ApiWebTest.Fixtures.class})
abstract class ApiWebTest {

    static final Instant NOW = Instant.parse("2026-11-25T00:00:12Z");
    static final String DONGHU = "星河便利（东湖店）";
    static final String BINJIANG = "星河便利（滨江店）";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SnapshotCache cache;
    @MockitoBean
    SnapshotRefresher refresher;
    @MockitoBean
    SnapshotEvents events;
    @MockitoBean
    RefreshRequests refreshes;
    @MockitoBean
    JobHistory history;
    @MockitoBean
    SchedulerStatusService scheduler;

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StoreboardProperties.class)
    static class Fixtures {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
        }
    }

    /** A cached snapshot with the given metadata and JSON bytes. */
    static CachedSnapshot snapshot(Snapshot.Scope scope, String computedAt, String dataVersion, String json) {
        return CachedSnapshots.of(scope, computedAt, dataVersion, json);
    }

    static SnapshotRead fresh(CachedSnapshot snapshot, Duration age) {
        return new SnapshotRead(snapshot.scope(), snapshot, SnapshotRead.Freshness.FRESH, SnapshotRead.StaleReason.NONE, age);
    }

    static SnapshotRead stale(CachedSnapshot snapshot, SnapshotRead.StaleReason reason, Duration age) {
        return new SnapshotRead(snapshot.scope(), snapshot, SnapshotRead.Freshness.STALE, reason, age);
    }

    static SnapshotRead missing(Snapshot.Scope scope) {
        return new SnapshotRead(scope, null, SnapshotRead.Freshness.MISSING, SnapshotRead.StaleReason.NONE, Duration.ZERO);
    }
}
