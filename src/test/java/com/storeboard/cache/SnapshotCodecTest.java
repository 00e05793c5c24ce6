package com.storeboard.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.diagnosis.model.SnapshotJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {

    private static final Snapshot ALL = DemoSnapshots.all("2026-11-25T08:00:00+08:00");

    @Test
    void a_decoded_snapshot_writes_back_to_exactly_the_stored_bytes() {
        byte[] stored = SnapshotCodec.encode(ALL);

        Snapshot decoded = SnapshotCodec.decode(stored);

        String again = SnapshotJson.write(decoded);
        String original = new String(stored, StandardCharsets.UTF_8);
        int at = firstDifference(original, again);
        assertThat(at).as("first difference at %d: stored …%s… decoded …%s…", at, around(original, at), around(again, at))
                .isEqualTo(-1);
        assertThat(decoded.card("overflow").count()).isEqualTo(ALL.card("overflow").count());
    }

    @Test
    void inspecting_a_stored_value_gives_its_metadata_without_decoding_the_cards() {
        CachedSnapshot cached = SnapshotCodec.inspect(SnapshotCodec.encode(ALL));

        assertThat(cached.scope()).isEqualTo(Snapshot.Scope.all());
        assertThat(cached.schemaVersion()).isEqualTo(1);
        assertThat(cached.computedAt()).isEqualTo("2026-11-25T08:00:00+08:00");
        assertThat(cached.dataVersion()).isEqualTo("d".repeat(64));
        assertThat(cached.configFingerprint()).isEqualTo(ALL.configFingerprint());
    }

    @Test
    void a_store_scope_keeps_its_store_name() {
        String store = DemoSnapshots.firstStore();
        CachedSnapshot cached = SnapshotCodec.inspect(SnapshotCodec.encode(DemoSnapshots.store(store, "2026-11-25T08:00:00+08:00")));

        assertThat(cached.scope()).isEqualTo(Snapshot.Scope.store(store));
    }

    @Test
    void another_schema_version_is_refused_with_the_version_named() {
        String json = SnapshotJson.write(ALL).replaceFirst("\"schemaVersion\":1", "\"schemaVersion\":2");

        assertThatThrownBy(() -> SnapshotCodec.inspect(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SnapshotCodec.Unreadable.class).hasMessageContaining("schemaVersion 2");
    }

    @Test
    void a_truncated_value_is_refused_even_though_its_metadata_is_complete() {
        byte[] whole = SnapshotCodec.encode(ALL);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> SnapshotCodec.inspect(cut)).isInstanceOf(SnapshotCodec.Unreadable.class)
                .hasMessageContaining("not well-formed JSON");
    }

    @Test
    void text_that_is_not_a_snapshot_is_refused() {
        assertThatThrownBy(() -> SnapshotCodec.inspect("hello".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SnapshotCodec.Unreadable.class);
        assertThatThrownBy(() -> SnapshotCodec.inspect("{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SnapshotCodec.Unreadable.class).hasMessageContaining("missing");
    }

    private static int firstDifference(String a, String b) {
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return a.length() == b.length() ? -1 : Math.min(a.length(), b.length());
    }

    private static String around(String s, int at) {
        return at < 0 ? "" : s.substring(Math.max(0, at - 120), Math.min(s.length(), at + 60));
    }
}
