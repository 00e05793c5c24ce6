package com.storeboard.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The customer key of DATA.md §1.5: whitespace removed, then 单元 → "-", then 栋 → "-". */
class AddressKeyTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "星河湾小区 3栋2单元501|星河湾小区3-2-501",   // the spec's example
            "星河湾小区3-2-501|星河湾小区3-2-501",
            "星河湾小区\u30003栋\u00A02单元501|星河湾小区3-2-501", // ideographic and no-break spaces
            "a 单 元 b|a-b",                                // a removed space joins 单 and 元
            "单栋元|单-元",                                 // 单元 first: there is none, then 栋
            "单单元元|单-元",
            "\uFEFF 栋|-",
            "'   '|NULL",                                   // blank: no customer
    })
    void the_key_follows_the_three_steps_in_order(String address, String key) {
        assertThat(ScopeDataBuilder.addressKey(address)).isEqualTo(key);
    }
}
