package com.storeboard.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.importing.Cells.Parsed;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {

    private static SourceCell text(String raw) {
        return new SourceCell.Text(raw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12.50|12.50", "¥1,234.5|1234.5", "￥８．５|8.5", "+3|3", "-0.75|-0.75", ".5|0.5", "2.|2", "1e3|1E+3", " 7 |7"})
    void numbers_accept_currency_signs_thousands_separators_and_full_width_digits(String raw, String expected) {
        assertThat(Cells.number(text(raw)).value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "--", "—", "N/A", "n/a", "NULL", "null", "\u3000"})
    void blank_tokens_are_blank(String raw) {
        Parsed<BigDecimal> parsed = Cells.number(text(raw));
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.value()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12元", "1.2.3", "abc", "1,2e", "¥¥3", "0x10", "1 000"})
    void anything_else_is_unparsable(String raw) {
        assertThat(Cells.number(text(raw)).code()).isEqualTo(ImportCode.NUMBER_UNPARSABLE);
    }

    @Test
    void money_with_more_than_four_decimals_is_rounded_half_up_with_a_warning_but_xlsx_artefacts_silently() {
        Parsed<BigDecimal> typed = Cells.money(text("1.23455"));
        assertThat(typed.value()).isEqualByComparingTo("1.2346");
        assertThat(typed.rounded()).isTrue();
        Parsed<BigDecimal> xlsx = Cells.money(new SourceCell.Number(12.300000000000001, false));
        assertThat(xlsx.value()).isEqualByComparingTo("12.3");
        assertThat(xlsx.rounded()).isFalse();
        assertThat(Cells.money(text("1.2345")).rounded()).isFalse();
    }

    @Test
    void absurdly_large_money_is_refused() {
        assertThat(Cells.money(text("100000000000000")).code()).isEqualTo(ImportCode.VALUE_TOO_LARGE);
        assertThat(Cells.money(text("99999999999999.9999")).ok()).isTrue();
    }

    @Test
    void quantities_are_whole_and_not_negative() {
        assertThat(Cells.quantity(text("2.0")).value()).isEqualTo(2);
        assertThat(Cells.quantity(text("0")).value()).isZero();
        assertThat(Cells.quantity(text("1.5")).code()).isEqualTo(ImportCode.QUANTITY_NOT_INTEGER);
        assertThat(Cells.quantity(text("-1")).code()).isEqualTo(ImportCode.QUANTITY_NEGATIVE);
        assertThat(Cells.quantity(text("3件")).code()).isEqualTo(ImportCode.NUMBER_UNPARSABLE);
        assertThat(Cells.quantity(text("99999999999")).code()).isEqualTo(ImportCode.VALUE_TOO_LARGE);
    }

    @Test
    void identifiers_lose_inner_spaces_and_xlsx_numbers_become_plain_integers() {
        assertThat(Cells.identifier(text(" 2260 6873 13 ")).value()).isEqualTo("2260687313");
        assertThat(Cells.identifier(new SourceCell.Number(2260687313.0, false)).value()).isEqualTo("2260687313");
        assertThat(Cells.identifier(text("2.26069E+09")).code()).isEqualTo(ImportCode.ID_SCIENTIFIC_NOTATION);
        assertThat(Cells.identifier(text("12E5")).code()).isEqualTo(ImportCode.ID_SCIENTIFIC_NOTATION);
        assertThat(Cells.identifier(text("E12345")).value()).isEqualTo("E12345");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-12-20 10:05:09|2025-12-20T10:05:09",
        "2025-12-20 10:05:09.123456789|2025-12-20T10:05:09",
        "2025-1-2 3:4:5|2025-01-02T03:04:05",
        "2025-12-20 10:05|2025-12-20T10:05",
        "2025-12-20T10:05:09|2025-12-20T10:05:09",
        "2025/12/20 10:05:09|2025-12-20T10:05:09",
        "2025/12/20 10:05|2025-12-20T10:05",
        "2025年12月20日 10:05:09|2025-12-20T10:05:09",
        "2025年12月20日 10:05|2025-12-20T10:05",
        "2025-12-20|2025-12-20T00:00",
        "2025/12/20|2025-12-20T00:00",
        "20251220|2025-12-20T00:00",
        "2025年12月20日|2025-12-20T00:00",
        "２０２５－１２－２０　１０：０５|2025-12-20T10:05"})
    void every_date_pattern_of_the_spec_is_read(String raw, String expected) {
        assertThat(Cells.dateTime(text(raw), false).value()).isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-12-20 10:05:09+08:00", "2025-12-20T10:05:09Z", "2025-12-20 10:05:09 CST", "20/12/2025",
        "2025-13-01", "2025-02-30", "2025-12-20 24:00", "昨天", "2025-12/20"})
    void zones_impossible_dates_and_other_texts_are_unparsable(String raw) {
        assertThat(Cells.dateTime(text(raw), false).code()).isEqualTo(ImportCode.DATE_UNPARSABLE);
    }

    @Test
    void years_outside_2000_to_2099_are_out_of_range() {
        assertThat(Cells.dateTime(text("1999-12-31"), false).code()).isEqualTo(ImportCode.DATE_OUT_OF_RANGE);
        assertThat(Cells.dateTime(text("2100-01-01"), false).code()).isEqualTo(ImportCode.DATE_OUT_OF_RANGE);
        assertThat(Cells.dateTime(text("2000-01-01"), false).ok()).isTrue();
    }

    @Test
    void excel_serial_dates_follow_the_workbooks_date_system_and_round_to_the_second() {
        // 46011 is 2025-12-20 in the 1900 system; 0.5 is noon; 1462 days separate the two systems
        assertThat(Cells.dateTime(new SourceCell.Number(46011.5, true), false).value())
                .isEqualTo(LocalDateTime.of(2025, 12, 20, 12, 0));
        assertThat(Cells.dateTime(new SourceCell.Number(46011.5 - 1462, true), true).value())
                .isEqualTo(LocalDateTime.of(2025, 12, 20, 12, 0));
        double oneSecondMinusAHair = 46011 + (10 * 3600 + 5 * 60 + 9.4999) / 86400.0;
        assertThat(Cells.dateTime(new SourceCell.Number(oneSecondMinusAHair, true), false).value())
                .isEqualTo(LocalDateTime.of(2025, 12, 20, 10, 5, 9));
    }
}
