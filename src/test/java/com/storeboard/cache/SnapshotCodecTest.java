package com.storeboard.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.diagnosis.model.SnapshotJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {

    private static final Snapshot ALL = DemoSnapshots.all("2026-11-25T08:00:00+08:00");
    private static final SnapshotCodec.Encoded ENCODED = SnapshotCodec.encode(ALL);

    @Test
    void a_snapshot_read_back_with_its_meta_writes_back_to_exactly_the_stored_bytes() {
        CachedSnapshot read = SnapshotCodec.read(ENCODED.json(), ENCODED.meta());

        assertSameJson(SnapshotJson.write(read.snapshot()), ENCODED.json());
        assertThat(read.snapshot().card("overflow").count()).isEqualTo(ALL.card("overflow").count());
    }

    @Test
    void a_snapshot_read_back_without_its_meta_writes_back_to_exactly_the_stored_bytes_too() {
        CachedSnapshot read = SnapshotCodec.read(ENCODED.json(), null);

        assertSameJson(SnapshotJson.write(read.snapshot()), ENCODED.json());
        assertSameJson(SnapshotJson.write(SnapshotCodec.decodeEagerly(ENCODED.json())), ENCODED.json());
    }

    @Test
    void the_lazily_decoded_cards_equal_the_eagerly_decoded_ones_field_by_field() {
        Snapshot lazy = SnapshotCodec.read(ENCODED.json(), ENCODED.meta()).snapshot();
        Snapshot eager = SnapshotCodec.decodeEagerly(ENCODED.json());

        for (Snapshot.Layer layer : eager.layers()) {
            for (Card card : layer.cards()) {
                Card other = lazy.card(card.id());
                assertThat(other.rows()).as(card.id() + " rows").isEqualTo(card.rows());
                assertThat(other.headline()).as(card.id() + " headline").isEqualTo(card.headline());
                assertThat(other.extras()).as(card.id() + " extras").isEqualTo(card.extras());
                assertThat(other).as(card.id()).isEqualTo(card);
            }
        }
    }

    @Test
    void the_meta_gives_the_metadata_and_where_every_cards_rows_lie() {
        SnapshotMeta meta = SnapshotCodec.read(ENCODED.json(), ENCODED.meta()).meta();

        assertThat(meta.scope()).isEqualTo(Snapshot.Scope.all());
        assertThat(meta.schemaVersion()).isEqualTo(1);
        assertThat(meta.computedAt()).isEqualTo("2026-11-25T08:00:00+08:00");
        assertThat(meta.dataVersion()).isEqualTo("d".repeat(64));
        assertThat(meta.configFingerprint()).isEqualTo(ALL.configFingerprint());
        assertThat(meta.length()).isEqualTo(ENCODED.json().length);
        assertThat(meta.parts().stream().filter(p -> p.field().equals("rows")).count()).isEqualTo(13);
        for (SnapshotMeta.Part part : meta.parts()) {
            byte first = ENCODED.json()[part.start()];
            byte last = ENCODED.json()[part.end() - 1];
            assertThat(first == '[' && last == ']' || first == '{' && last == '}').as(part.toString()).isTrue();
        }
    }

    @Test
    void a_store_scope_keeps_its_store_name() {
        String store = DemoSnapshots.firstStore();
        SnapshotCodec.Encoded encoded = SnapshotCodec.encode(DemoSnapshots.store(store, "2026-11-25T08:00:00+08:00"));

        assertThat(SnapshotCodec.read(encoded.json(), encoded.meta()).scope()).isEqualTo(Snapshot.Scope.store(store));
        assertThat(SnapshotCodec.read(encoded.json(), null).scope()).isEqualTo(Snapshot.Scope.store(store));
    }

    @Test
    void another_schema_version_is_refused_with_the_version_named() {
        byte[] json = SnapshotJson.write(ALL).replaceFirst("\"schemaVersion\":1", "\"schemaVersion\":2")
                .getBytes(StandardCharsets.UTF_8);

        // the meta no longer matches the bytes, so the value itself is read
        assertThatThrownBy(() -> SnapshotCodec.read(json, ENCODED.meta()))
                .isInstanceOf(SnapshotCodec.Unreadable.class).hasMessageContaining("schemaVersion 2");
    }

    @Test
    void a_truncated_value_is_refused_even_with_the_meta_of_the_whole_one() {
        byte[] cut = Arrays.copyOf(ENCODED.json(), ENCODED.json().length / 2);

        assertThatThrownBy(() -> SnapshotCodec.read(cut, ENCODED.meta())).isInstanceOf(SnapshotCodec.Unreadable.class)
                .hasMessageContaining("not well-formed JSON");
    }

    @Test
    void a_value_changed_in_place_is_caught_by_its_checksum_and_read_whole() {
        byte[] changed = ENCODED.json().clone();
        int at = new String(changed, StandardCharsets.ISO_8859_1).indexOf("\"lines\":") + "\"lines\":".length();
        changed[at] = '9';

        CachedSnapshot read = SnapshotCodec.read(changed, ENCODED.meta());

        assertThat(read.snapshot().data().lines()).isNotEqualTo(ALL.data().lines());
    }

    @Test
    void text_that_is_not_a_snapshot_is_refused() {
        assertThatThrownBy(() -> SnapshotCodec.read("hello".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(SnapshotCodec.Unreadable.class);
        assertThatThrownBy(() -> SnapshotCodec.read("{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(SnapshotCodec.Unreadable.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> SnapshotCodec.read("{}".getBytes(StandardCharsets.UTF_8), "{bad".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SnapshotCodec.Unreadable.class).hasMessageContaining("schemaVersion missing");
    }

    private static void assertSameJson(String again, byte[] stored) {
        String original = new String(stored, StandardCharsets.UTF_8);
        int at = firstDifference(original, again);
        assertThat(at).as("first difference at %d: stored …%s… decoded …%s…", at, around(original, at), around(again, at))
                .isEqualTo(-1);
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
