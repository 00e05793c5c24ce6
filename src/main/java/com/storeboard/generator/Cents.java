package com.storeboard.generator;

import java.math.BigDecimal;

/**
 * Money as whole fen (cents) inside the generator. Every generated amount has at most 2 decimals, so long
 * arithmetic is exact and much cheaper than BigDecimal on ten million lines; values leave the generator as
 * BigDecimal with scale 2 ({@link #money(long)}).
 */
final class Cents {

    private Cents() {
    }

    /** num ÷ den rounded HALF_UP (away from zero on .5), den &gt; 0. */
    static long halfUp(long num, long den) {
        if (num >= 0) {
            return (2 * num + den) / (2 * den);
        }
        return -((-2 * num + den) / (2 * den));
    }

    /** num ÷ den rounded up to the next whole number, num ≥ 0, den &gt; 0. */
    static long ceil(long num, long den) {
        return (num + den - 1) / den;
    }

    static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** "12.30", "-0.05": the 2-decimal text of the files. */
    static String format(long cents) {
        StringBuilder sb = new StringBuilder(12);
        long abs = Math.abs(cents);
        if (cents < 0) {
            sb.append('-');
        }
        sb.append(abs / 100).append('.');
        long frac = abs % 100;
        if (frac < 10) {
            sb.append('0');
        }
        return sb.append(frac).toString();
    }
}
