package com.storeboard.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.orders.Digests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Texts kept as UTF-8 pages read back unchanged and sort like their Strings by code point. */
class TextColumnTest {

    @Test
    void texts_come_back_unchanged_nulls_included_across_many_pages() {
        TextColumn column = new TextColumn(4);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            texts.add(i % 1000 == 0 ? null : (i % 3 == 0 ? "滨江区星光大道" + i + "号3栋2单元501" : "1251220" + i));
        }
        texts.add("x".repeat(20_000));
        texts.forEach(column::add);

        assertThat(column.size()).isEqualTo(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(column.get(i)).isEqualTo(texts.get(i));
            assertThat(column.isNull(i)).isEqualTo(texts.get(i) == null);
        }
    }

    @Test
    void comparing_bytes_orders_texts_by_code_point_like_the_stored_key_order() {
        // 𝒳 (U+1D4B3) sorts after 豆 (U+8C46) by code point but before it in UTF-16 units: the classic trap
        List<String> texts = List.of("b", "a", "ab", "", "豆", "𝒳", "Z", "豆浆", "a\u0000", "ﬀ");
        TextColumn column = new TextColumn(texts.size());
        texts.forEach(column::add);

        List<Integer> byBytes = new ArrayList<>(IntStream.range(0, texts.size()).boxed().toList());
        byBytes.sort(column::compare);
        List<String> expected = new ArrayList<>(texts);
        expected.sort(Digests.CODE_POINT_ORDER);

        assertThat(byBytes.stream().map(texts::get).toList()).containsExactlyElementsOf(expected);
        assertThat(expected.indexOf("𝒳")).isGreaterThan(expected.indexOf("豆浆"));
    }

    @Test
    void a_replaced_text_reads_as_the_new_one_and_its_neighbours_are_untouched() {
        TextColumn column = new TextColumn(2);
        column.add("A-1");
        column.add((String) null);
        column.add("C-3");

        column.set(1, "B-2");
        column.set(0, null);

        assertThat(List.of(1, 2).stream().map(column::get).toList()).containsExactly("B-2", "C-3");
        assertThat(column.get(0)).isNull();
        assertThat(column.compare(0, 1)).as("null first").isNegative();
        assertThat(column.equalsBytes(1, "B-2".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(column.equalsBytes(2, "B-2".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(column.equalsBytes(0, new byte[0])).isFalse();
        assertThat(column.compare(2, 1)).isPositive();
    }
}
