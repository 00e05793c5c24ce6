package com.storeboard.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A money column stays narrow while values fit an int and widens, losing nothing, when one does not. */
class LongColumnTest {

    @Test
    void values_that_fit_an_int_stay_narrow_and_come_back_exactly_null_included() {
        LongColumn column = new LongColumn(4);
        column.set(0, Integer.MAX_VALUE);
        column.set(1, Integer.MIN_VALUE + 1L);
        column.set(2, Money.NULL);
        column.add(3, -12_345);

        assertThat(column.isWide()).isFalse();
        assertThat(new long[] {column.get(0), column.get(1), column.get(2), column.get(3)})
                .containsExactly(Integer.MAX_VALUE, Integer.MIN_VALUE + 1L, Money.NULL, -12_345);
    }

    @Test
    void the_first_value_beyond_an_int_widens_the_column_and_keeps_every_earlier_value() {
        LongColumn column = new LongColumn(3);
        column.set(0, 7);
        column.set(1, Money.NULL);

        // 214,748.3648 CNY in units of 0.0001: one unit more than an int holds
        column.set(2, Integer.MAX_VALUE + 1L);

        assertThat(column.isWide()).isTrue();
        assertThat(new long[] {column.get(0), column.get(1), column.get(2)}).containsExactly(7, Money.NULL, Integer.MAX_VALUE + 1L);
    }

    @Test
    void the_int_minimum_is_not_mistaken_for_null_and_sums_never_wrap() {
        LongColumn column = new LongColumn(2);
        column.set(0, Integer.MIN_VALUE);
        column.set(1, Long.MAX_VALUE);

        assertThat(column.get(0)).isEqualTo(Integer.MIN_VALUE);
        assertThatThrownBy(() -> column.add(1, 1)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void resizing_keeps_the_values_and_returns_the_same_column_when_the_size_is_right() {
        LongColumn column = new LongColumn(2);
        column.set(0, 5);
        column.set(1, 6);

        assertThat(column.resized(2)).isSameAs(column);
        LongColumn longer = column.resized(4);
        assertThat(new long[] {longer.get(0), longer.get(1), longer.get(2)}).containsExactly(5, 6, 0);
        assertThat(column.resized(1).size()).isEqualTo(1);
    }
}
