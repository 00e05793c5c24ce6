package com.storeboard.diagnosis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The text formats of card faces and messages (DIAGNOSIS.md §1.5). A null value renders as "--". */
final class Fmt {

    static final String NONE = "--";
    private static final DateTimeFormatter MM_DD = DateTimeFormatter.ofPattern("MM-dd");

    private Fmt() {
    }

    /** ¥1,234.50; a negative amount is -¥3.20. */
    static String money(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        String digits = grouped(rounded.abs());
        return rounded.signum() < 0 ? "-¥" + digits : "¥" + digits;
    }

    static String money(long units) {
        return money(Money.decimal(units));
    }

    /** +¥1.20 / -¥1.20, and ¥0.00 for zero. */
    static String signedMoney(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? "¥0.00" : (rounded.signum() > 0 ? "+¥" : "-¥") + grouped(rounded.abs());
    }

    /** 15.3% */
    static String percent(BigDecimal ratio) {
        if (ratio == null) {
            return NONE;
        }
        return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** +15.3% / -15.3% */
    static String signedPercent(BigDecimal ratio) {
        if (ratio == null) {
            return NONE;
        }
        BigDecimal pct = ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
    }

    /** -6.0pp */
    static String pp(BigDecimal points) {
        return points == null ? NONE : points.setScale(1, RoundingMode.HALF_UP).toPlainString() + "pp";
    }

    static String mmdd(LocalDate date) {
        return date == null ? NONE : MM_DD.format(date);
    }

    /** A configuration value in a text: trailing zeros stripped (6.00 → 6). */
    static String property(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** A ratio property as a percent: 0.30 → 30%. */
    static String propertyPercent(BigDecimal ratio) {
        return property(ratio.movePointRight(2)) + "%";
    }

    static String decimal1(BigDecimal value) {
        return value == null ? NONE : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static String decimal2(BigDecimal value) {
        return value == null ? NONE : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String grouped(BigDecimal nonNegative) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(nonNegative);
    }
}
