package com.storeboard.diagnosis.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The number kinds of DIAGNOSIS.md §1.5, each written to JSON with its own scale (HALF_UP, plain notation). The
 * exact value stays available for tests and further computation; only the JSON form is rounded.
 */
public final class Values {

    private Values() {
    }

    /** Money: 2 decimals. */
    public record Money(BigDecimal value) {
        public static Money of(BigDecimal value) {
            return value == null ? null : new Money(value);
        }

        @JsonValue
        public BigDecimal json() {
            return value.setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** A fraction (0.153 = 15.3 %): 4 decimals. */
    public record Ratio(BigDecimal value) {
        public static Ratio of(BigDecimal value) {
            return value == null ? null : new Ratio(value);
        }

        @JsonValue
        public BigDecimal json() {
            return value.setScale(4, RoundingMode.HALF_UP);
        }
    }

    /** Percentage points: 1 decimal. */
    public record Pp(BigDecimal value) {
        public static Pp of(BigDecimal value) {
            return value == null ? null : new Pp(value);
        }

        @JsonValue
        public BigDecimal json() {
            return value.setScale(1, RoundingMode.HALF_UP);
        }
    }

    /** A 2-decimal number (averages, elasticities, kilometres). */
    public record Dec2(BigDecimal value) {
        public static Dec2 of(BigDecimal value) {
            return value == null ? null : new Dec2(value);
        }

        @JsonValue
        public BigDecimal json() {
            return value.setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** A 1-decimal number (the trend's avg3d). */
    public record Dec1(BigDecimal value) {
        public static Dec1 of(BigDecimal value) {
            return value == null ? null : new Dec1(value);
        }

        @JsonValue
        public BigDecimal json() {
            return value.setScale(1, RoundingMode.HALF_UP);
        }
    }

    /** Stock: as stored, trailing zeros stripped. */
    public record Stock(BigDecimal value) {
        public static Stock of(BigDecimal value) {
            return value == null ? null : new Stock(value);
        }

        @JsonValue
        public BigDecimal json() {
            return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }
    }
}
