package com.storeboard.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void trimming_removes_ideographic_and_no_break_spaces_and_blank_becomes_null() {
        assertThat(Texts.trimToNull("\u3000\u00A0 可乐 \u3000")).isEqualTo("可乐");
        assertThat(Texts.trimToNull("\u3000 \u00A0")).isNull();
        assertThat(Texts.trimToNull(null)).isNull();
    }

    @Test
    void names_collapse_inner_whitespace_but_keep_full_width_punctuation() {
        assertThat(Texts.name("  惠宜选超市（东湖店）  ")).isEqualTo("惠宜选超市（东湖店）");
        assertThat(Texts.name("农夫山泉\u3000\u3000 550ml")).isEqualTo("农夫山泉 550ml");
        assertThat(Texts.name("惠宜选超市(东湖店)")).isNotEqualTo(Texts.name("惠宜选超市（东湖店）"));
    }

    @Test
    void identifiers_lose_every_whitespace() {
        assertThat(Texts.identifier(" 1001 01\u3000")).isEqualTo("100101");
    }

    @Test
    void the_customer_key_of_the_spec_example_ignores_spaces_and_spells_units_and_buildings_as_dashes() {
        assertThat(Texts.addressKey("星河湾小区 3栋2单元501")).isEqualTo("星河湾小区3-2-501");
        assertThat(Texts.addressKey("星河湾小区3-2-501")).isEqualTo("星河湾小区3-2-501");
        assertThat(Texts.addressKey("  ")).isNull();
    }

    @Test
    void header_and_number_cells_are_nfkc_normalised() {
        assertThat(Texts.nfkc("订单ＩＤ")).isEqualTo("订单ID");
        assertThat(Texts.nfkc("１２：３０")).isEqualTo("12:30");
    }
}
