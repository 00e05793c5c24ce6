package com.storeboard.diagnosis;

import com.storeboard.orders.LineColumns;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money inside the engine: exact decimals held as {@code long} units of 0.0001 CNY. The importer keeps at most 4
 * decimals, so every stored amount, every 实收价格 × 月售 and every sum is exact in these units (DATA.md §0.3);
 * divisions leave as BigDecimal at scale 10, HALF_UP, and rounding happens only on output.
 */
public final class Money {

    public static final int SCALE = LineColumns.MONEY_SCALE;
    public static final long NULL = LineColumns.NULL;
    private static final BigDecimal UNIT = BigDecimal.ONE.movePointRight(SCALE);

    private Money() {
    }

    /** Exact units of a stored amount (at most 4 decimals). */
    public static long units(BigDecimal value) {
        return LineColumns.units(value);
    }

    public static BigDecimal decimal(long units) {
        return BigDecimal.valueOf(units, SCALE);
    }

    /** a ÷ b at scale 10, HALF_UP (DATA.md §0.3); null when b = 0. */
    public static BigDecimal divide(long a, long b) {
        return b == 0 ? null : BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 10, RoundingMode.HALF_UP);
    }

    /** An amount divided by a count (a mean), as money at scale 10; null when the count is 0. */
    public static BigDecimal perItem(long units, long count) {
        return count == 0 ? null : decimal(units).divide(BigDecimal.valueOf(count), 10, RoundingMode.HALF_UP);
    }

    /** price units × quantity, exact (overflow is an error, never a silent wrap). */
    public static long times(long units, long quantity) {
        return Math.multiplyExact(units, quantity);
    }

    static BigDecimal unit() {
        return UNIT;
    }
}
