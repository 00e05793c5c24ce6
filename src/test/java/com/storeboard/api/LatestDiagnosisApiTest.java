package com.storeboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.storeboard.cache.CachedSnapshot;
import com.storeboard.cache.SnapshotRead.StaleReason;
import com.storeboard.diagnosis.model.Snapshot;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.MvcResult;

class LatestDiagnosisApiTest extends ApiWebTest {

    /** Odd spacing and Chinese text on purpose: re-encoding would change the bytes. */
    private static final String JSON = "{\"schemaVersion\":1, \"scope\" : {\"kind\":\"ALL\",\"label\":\"全部门店\"},"
            + "\"computedAt\":\"2026-11-25T08:00:00+08:00\",\"note\":\"亏损订单 ✓\"}";

    private CachedSnapshot allStores() {
        return snapshot(Snapshot.Scope.all(), "2026-11-25T08:00:00+08:00", "ab12cd34", JSON);
    }

    @Test
    void the_latest_snapshot_is_sent_as_the_stored_bytes_with_its_age_freshness_and_version() throws Exception {
        CachedSnapshot snapshot = allStores();
        when(cache.read(Snapshot.Scope.all())).thenReturn(fresh(snapshot, Duration.ofSeconds(12)));

        MvcResult result = mvc.perform(get("/api/diagnosis/latest"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json;charset=UTF-8"))
                // computedAt 08:00:00+08:00, clock 08:00:12+08:00
                .andExpect(header().string("X-Data-Age", "12"))
                .andExpect(header().string("X-Stale", "false"))
                .andExpect(header().doesNotExist("X-Stale-Reason"))
                .andExpect(header().string("X-Computed-At", "2026-11-25T08:00:00+08:00"))
                .andExpect(header().string("X-Data-Version", "ab12cd34"))
                .andExpect(header().string("ETag", "\"ab12cd34@2026-11-25T08:00:00+08:00\""))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andReturn();

        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(JSON.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_data_age_header_is_the_age_the_cache_reports_in_whole_seconds() throws Exception {
        // 2026-11-25T00:00:00Z is 08:00:00+08:00; the clock is 12.0 s later
        CachedSnapshot utc = snapshot(Snapshot.Scope.all(), "2026-11-25T00:00:00Z", "v1", "{}");
        when(cache.read(Snapshot.Scope.all())).thenReturn(fresh(utc, Duration.ofSeconds(12)));
        mvc.perform(get("/api/diagnosis/latest")).andExpect(header().string("X-Data-Age", "12"));

        // 1 h 2 min 5 s before the clock
        CachedSnapshot older = snapshot(Snapshot.Scope.all(), "2026-11-25T06:58:07+08:00", "v1", "{}");
        when(cache.read(Snapshot.Scope.all())).thenReturn(fresh(older, Duration.ofSeconds(3725)));
        mvc.perform(get("/api/diagnosis/latest")).andExpect(header().string("X-Data-Age", "3725"));

        // written by a node whose clock is 3 s ahead
        CachedSnapshot ahead = snapshot(Snapshot.Scope.all(), "2026-11-25T08:00:15+08:00", "v1", "{}");
        when(cache.read(Snapshot.Scope.all())).thenReturn(fresh(ahead, Duration.ZERO));
        mvc.perform(get("/api/diagnosis/latest")).andExpect(header().string("X-Data-Age", "0"));
    }

    @ParameterizedTest
    @CsvSource({"EXPIRED, expired", "REDIS_UNAVAILABLE, redis-unavailable", "UNREADABLE, unreadable"})
    void a_stale_snapshot_is_still_served_and_says_why_it_is_stale(StaleReason reason, String header) throws Exception {
        CachedSnapshot snapshot = allStores();
        when(cache.read(Snapshot.Scope.all())).thenReturn(stale(snapshot, reason, Duration.ofSeconds(12)));

        mvc.perform(get("/api/diagnosis/latest"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Stale", "true"))
                .andExpect(header().string("X-Stale-Reason", header))
                .andExpect(header().string("X-Data-Age", "12"))
                .andExpect(content().bytes(JSON.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_client_holding_the_current_etag_gets_304_without_a_body() throws Exception {
        when(cache.read(Snapshot.Scope.all())).thenReturn(fresh(allStores(), Duration.ofSeconds(12)));

        MvcResult result = mvc.perform(get("/api/diagnosis/latest")
                        .header("If-None-Match", "\"ab12cd34@2026-11-25T08:00:00+08:00\""))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", "\"ab12cd34@2026-11-25T08:00:00+08:00\""))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isEmpty();

        // a list of tags the client holds, one of them current
        mvc.perform(get("/api/diagnosis/latest")
                        .header("If-None-Match", "\"ab12cd34@2026-11-25T07:55:00+08:00\", \"ab12cd34@2026-11-25T08:00:00+08:00\""))
                .andExpect(status().isNotModified());
    }

    @Test
    void a_client_holding_an_older_etag_gets_the_new_snapshot() throws Exception {
        when(cache.read(Snapshot.Scope.all())).thenReturn(fresh(allStores(), Duration.ofSeconds(12)));

        mvc.perform(get("/api/diagnosis/latest").header("If-None-Match", "\"ab12cd34@2026-11-25T07:55:00+08:00\""))
                .andExpect(status().isOk())
                .andExpect(content().bytes(JSON.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void head_answers_the_same_headers_as_get() throws Exception {
        when(cache.read(Snapshot.Scope.all())).thenReturn(fresh(allStores(), Duration.ofSeconds(12)));

        // the body is dropped by the servlet container (MockMvc has none), so only the headers are checked here
        mvc.perform(head("/api/diagnosis/latest"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Data-Age", "12"))
                .andExpect(header().string("ETag", "\"ab12cd34@2026-11-25T08:00:00+08:00\""));
    }

    @Test
    void a_chinese_store_name_in_the_url_is_decoded_as_utf8_and_matched_exactly() throws Exception {
        Snapshot.Scope donghu = Snapshot.Scope.store(DONGHU);
        when(cache.read(donghu)).thenReturn(fresh(snapshot(donghu, "2026-11-25T08:00:00+08:00", "ff00", "{\"s\":1}"),
                Duration.ofSeconds(12)));

        // 星河便利（东湖店） percent-encoded as UTF-8, the way curl --data-urlencode or a browser sends it
        mvc.perform(get(URI.create("/api/diagnosis/latest?store=%E6%98%9F%E6%B2%B3%E4%BE%BF%E5%88%A9%EF%BC%88"
                        + "%E4%B8%9C%E6%B9%96%E5%BA%97%EF%BC%89")))
                .andExpect(status().isOk())
                .andExpect(content().string("{\"s\":1}"))
                .andExpect(header().string("X-Data-Version", "ff00"));
    }

    @Test
    void an_unknown_store_is_404_naming_the_store_and_listing_the_known_ones() throws Exception {
        Snapshot.Scope typo = Snapshot.Scope.store("星河便利(东湖店)");   // ASCII brackets: not the same name
        when(cache.read(typo)).thenReturn(missing(typo));
        when(refresher.scopes()).thenReturn(List.of(Snapshot.Scope.all(), Snapshot.Scope.store(BINJIANG),
                Snapshot.Scope.store(DONGHU)));

        mvc.perform(get("/api/diagnosis/latest").param("store", "星河便利(东湖店)"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.type").value("urn:storeboard:problem:unknown-store"))
                .andExpect(jsonPath("$.title").value("没有这个门店"))
                .andExpect(jsonPath("$.detail").value(
                        "没有名为“星河便利(东湖店)”的门店。已知门店：星河便利（滨江店）、星河便利（东湖店）。门店名称须完全一致。"))
                .andExpect(jsonPath("$.instance").value("/api/diagnosis/latest"))
                .andExpect(jsonPath("$.store").value("星河便利(东湖店)"))
                .andExpect(jsonPath("$.knownStores[0]").value(BINJIANG))
                .andExpect(jsonPath("$.knownStores[1]").value(DONGHU))
                .andExpect(jsonPath("$.knownStores.length()").value(2));
    }

    @Test
    void the_problem_is_in_english_when_the_client_asks_for_english() throws Exception {
        Snapshot.Scope typo = Snapshot.Scope.store("nowhere");
        when(cache.read(typo)).thenReturn(missing(typo));
        when(refresher.scopes()).thenReturn(List.of(Snapshot.Scope.all(), Snapshot.Scope.store(DONGHU)));

        mvc.perform(get("/api/diagnosis/latest").param("store", "nowhere").header("Accept-Language", "en-US,en;q=0.8"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown store"))
                .andExpect(jsonPath("$.detail").value(
                        "There is no store named \"nowhere\". Known stores: 星河便利（东湖店）. Store names must match exactly."));
    }

    @Test
    void before_the_first_snapshot_exists_the_answer_is_503_with_retry_after_saying_the_warm_up_runs() throws Exception {
        when(cache.read(Snapshot.Scope.all())).thenReturn(missing(Snapshot.Scope.all()));

        mvc.perform(get("/api/diagnosis/latest"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:storeboard:problem:warming-up"))
                .andExpect(jsonPath("$.title").value("诊断数据正在准备"))
                .andExpect(jsonPath("$.detail").value("全部门店还没有诊断数据：启动后的首次计算（预热）正在进行。请 10 秒后重试。"))
                .andExpect(jsonPath("$.retryAfterSeconds").value(10))
                .andExpect(jsonPath("$.scope.kind").value("ALL"))
                .andExpect(jsonPath("$.scope.label").value("全部门店"));
    }

    @Test
    void a_known_store_without_a_snapshot_yet_is_503_not_404() throws Exception {
        Snapshot.Scope donghu = Snapshot.Scope.store(DONGHU);
        when(cache.read(donghu)).thenReturn(missing(donghu));
        when(refresher.scopes()).thenReturn(List.of(Snapshot.Scope.all(), donghu));

        mvc.perform(get("/api/diagnosis/latest").param("store", DONGHU))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(jsonPath("$.scope.storeName").value(DONGHU))
                .andExpect(jsonPath("$.detail", containsString(DONGHU)));
    }

    @Test
    void an_empty_store_parameter_means_all_stores() throws Exception {
        when(cache.read(any())).thenReturn(missing(Snapshot.Scope.all()));
        when(cache.read(Snapshot.Scope.all())).thenReturn(fresh(allStores(), Duration.ofSeconds(12)));

        mvc.perform(get("/api/diagnosis/latest?store=")).andExpect(status().isOk());
    }
}
