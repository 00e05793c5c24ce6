package com.storeboard.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderMappingTest {

    private static SourceRow row(int number, String... cells) {
        return new SourceRow(number, Arrays.stream(cells).map(c -> (SourceCell) new SourceCell.Text(c)).toList());
    }

    @Test
    void synonyms_english_names_and_full_width_letters_map_to_fields() {
        HeaderMapping mapping = HeaderMapping.of(row(1, "订单号", "下单时间", "门店", "productname", "销量", "售价", "ORDERNUMBER", "订单ＩＤ"));

        assertThat(mapping.column(Field.ORDER_ID)).hasValueSatisfying(c -> assertThat(c.index()).isEqualTo(7));
        assertThat(mapping.column(Field.ORDER_TIME)).hasValueSatisfying(c -> assertThat(c.header()).isEqualTo("下单时间"));
        assertThat(mapping.has(Field.STORE_NAME)).isTrue();
        assertThat(mapping.has(Field.PRODUCT_NAME)).isTrue();
        assertThat(mapping.has(Field.QUANTITY)).isTrue();
        assertThat(mapping.has(Field.SALE_PRICE)).isTrue();
        assertThat(mapping.has(Field.ORDER_NUMBER)).isTrue();
    }

    @Test
    void the_canonical_header_wins_over_a_synonym_and_the_loser_is_reported() {
        HeaderMapping mapping = HeaderMapping.of(row(1, "销量", "月售", "月销量", "备注"));

        assertThat(mapping.column(Field.QUANTITY)).hasValueSatisfying(c -> assertThat(c.header()).isEqualTo("月售"));
        assertThat(mapping.duplicates()).extracting(HeaderMapping.Column::header).containsExactlyInAnyOrder("销量", "月销量");
        assertThat(mapping.ignored()).containsExactly("备注");
    }

    @Test
    void for_equal_priority_the_leftmost_column_wins() {
        HeaderMapping mapping = HeaderMapping.of(row(1, "销量", "销量"));

        assertThat(mapping.column(Field.QUANTITY)).hasValueSatisfying(c -> assertThat(c.index()).isZero());
    }

    @Test
    void the_header_row_may_sit_below_title_rows() {
        HeaderLocator.Located located = HeaderLocator.locate(List.of(row(1, "订单导出"), row(2),
                row(3, "订单ID", "日期", "门店名称", "商品名称", "月售", "实收价格")), false);

        assertThat(located.row().number()).isEqualTo(3);
        assertThat(located.position()).isEqualTo(2);
    }

    @Test
    void a_header_missing_required_columns_names_them() {
        assertThatThrownBy(() -> HeaderLocator.locate(List.of(row(1, "订单ID", "日期", "门店名称", "商品名称")), false))
                .isInstanceOfSatisfying(FileRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ImportCode.REQUIRED_COLUMN_MISSING);
                    assertThat(e.args()).containsExactly("月售、实收价格");
                });
        assertThatThrownBy(() -> HeaderLocator.locate(List.of(row(1, "订单ID", "日期", "商品名称", "月售")), false))
                .isInstanceOfSatisfying(FileRejected.class, e -> assertThat(e.args()).containsExactly("门店名称、实收价格"));
    }

    @Test
    void fewer_than_three_recognised_headers_means_no_header_at_all() {
        assertThatThrownBy(() -> HeaderLocator.locate(List.of(row(1, "订单ID", "备注"), row(2, "a", "b")), false))
                .isInstanceOfSatisfying(FileRejected.class, e -> assertThat(e.code()).isEqualTo(ImportCode.HEADER_NOT_FOUND));
    }

    @Test
    void a_supplied_store_name_makes_the_store_column_optional() {
        HeaderLocator.Located located = HeaderLocator.locate(List.of(row(1, "订单ID", "日期", "商品名称", "月售", "售价")), true);

        assertThat(located.mapping().missingRequired(true)).isEmpty();
    }
}
