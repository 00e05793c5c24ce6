package com.storeboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.storeboard.cache.CachedSnapshot;
import com.storeboard.diagnosis.model.Snapshot;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

class GzipLatestApiTest extends ApiWebTest {

    /** 2 KB of JSON: big enough to be worth compressing. */
    private static final String JSON = "{\"rows\":[" + "{\"商品\":\"可乐\",\"qty\":1},".repeat(80) + "{}]}";

    @Autowired
    CompressedSnapshots compressed;

    private CachedSnapshot big() {
        return snapshot(Snapshot.Scope.all(), "2026-11-25T08:00:00+08:00", "ab12cd34", JSON);
    }

    @Test
    void a_client_accepting_gzip_gets_the_same_json_bytes_gzip_coded_with_a_tag_of_their_own() throws Exception {
        when(cache.read(Snapshot.Scope.all())).thenReturn(fresh(big(), Duration.ofSeconds(12)));

        MvcResult result = mvc.perform(get("/api/diagnosis/latest").header("Accept-Encoding", "gzip, deflate, br"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Encoding", "gzip"))
                .andExpect(header().string("Vary", "Accept-Encoding"))
                .andExpect(header().string("Content-Type", "application/json;charset=UTF-8"))
                .andExpect(header().string("ETag", "\"ab12cd34@2026-11-25T08:00:00+08:00-gzip\""))
                .andExpect(header().string("X-Data-Age", "12"))
                .andReturn();

        byte[] gzipped = result.getResponse().getContentAsByteArray();
        assertThat(gzipped.length).isLessThan(JSON.getBytes(StandardCharsets.UTF_8).length / 4);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            assertThat(in.readAllBytes()).isEqualTo(JSON.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void the_gzip_tag_gives_304_and_the_identity_tag_does_not_match_the_gzip_form() throws Exception {
        when(cache.read(Snapshot.Scope.all())).thenReturn(fresh(big(), Duration.ofSeconds(12)));

        mvc.perform(get("/api/diagnosis/latest").header("Accept-Encoding", "gzip")
                        .header("If-None-Match", "\"ab12cd34@2026-11-25T08:00:00+08:00-gzip\""))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/diagnosis/latest").header("Accept-Encoding", "gzip")
                        .header("If-None-Match", "\"ab12cd34@2026-11-25T08:00:00+08:00\""))
                .andExpect(status().isOk());
    }

    @Test
    void a_client_without_gzip_gets_the_stored_bytes_and_a_small_snapshot_is_never_compressed() throws Exception {
        when(cache.read(Snapshot.Scope.all())).thenReturn(fresh(big(), Duration.ofSeconds(12)));
        mvc.perform(get("/api/diagnosis/latest").header("Accept-Encoding", "gzip;q=0, identity"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Content-Encoding"))
                .andExpect(header().string("Vary", "Accept-Encoding"));

        when(cache.read(Snapshot.Scope.all())).thenReturn(fresh(
                snapshot(Snapshot.Scope.all(), "2026-11-25T08:00:00+08:00", "v", "{\"small\":true}"), Duration.ZERO));
        mvc.perform(get("/api/diagnosis/latest").header("Accept-Encoding", "gzip"))
                .andExpect(header().doesNotExist("Content-Encoding"));
    }

    @Test
    void a_snapshot_is_compressed_once_and_again_only_when_a_new_one_replaces_it() {
        byte[] first = compressed.gzip(big());
        byte[] again = compressed.gzip(big());   // another object, same snapshot
        byte[] next = compressed.gzip(snapshot(Snapshot.Scope.all(), "2026-11-25T08:05:00+08:00", "ab12cd34", JSON));

        assertThat(again).isSameAs(first);
        assertThat(next).isNotSameAs(first).isEqualTo(first);   // same JSON, so the same gzip bytes
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "gzip|true", "GZIP|true", "deflate, gzip;q=0.5|true", "*|true", "br;q=1.0, gzip; q=0.001|true",
            "gzip;q=0|false", "gzip;q=0.000|false", "identity|false", "br, deflate|false", "*;q=0|false", "''|false"})
    void accept_encoding_allows_gzip_unless_it_is_refused_with_q_zero(String header, boolean accepted) {
        assertThat(CompressedSnapshots.acceptsGzip(header)).isEqualTo(accepted);
    }
}
