package com.storeboard.diagnosis;

import java.util.Arrays;

/**
 * A column of money units (or other longs) kept as {@code int} while every value fits, and as {@code long} from the
 * first value that does not: prices and order amounts of real stores fit in ±214,748 CNY, and halving these columns
 * is what lets 10 million lines fit in a 2 GB heap. Nothing is ever rounded or clipped.
 */
final class LongColumn {

    /** Marks {@link Money#NULL} in the narrow form (so that value itself counts as not fitting). */
    private static final int NARROW_NULL = Integer.MIN_VALUE;

    private int[] narrow;
    private long[] wide;

    LongColumn(int size) {
        narrow = new int[size];
    }

    long get(int i) {
        int[] n = narrow;
        if (n != null) {
            int v = n[i];
            return v == NARROW_NULL ? Money.NULL : v;
        }
        return wide[i];
    }

    void set(int i, long value) {
        if (narrow != null) {
            if (value == Money.NULL) {
                narrow[i] = NARROW_NULL;
                return;
            }
            if (value > NARROW_NULL && value <= Integer.MAX_VALUE) {
                narrow[i] = (int) value;
                return;
            }
            widen();
        }
        wide[i] = value;
    }

    void add(int i, long delta) {
        set(i, Math.addExact(get(i), delta));
    }

    int size() {
        return narrow != null ? narrow.length : wide.length;
    }

    /** This column with the given size: itself when the size is right, else a copy (cut or padded with 0). */
    LongColumn resized(int size) {
        if (size() == size) {
            return this;
        }
        LongColumn copy = new LongColumn(0);
        if (narrow != null) {
            copy.narrow = Arrays.copyOf(narrow, size);
        } else {
            copy.narrow = null;
            copy.wide = Arrays.copyOf(wide, size);
        }
        return copy;
    }

    boolean isWide() {
        return narrow == null;
    }

    private void widen() {
        long[] w = new long[narrow.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = narrow[i] == NARROW_NULL ? Money.NULL : narrow[i];
        }
        wide = w;
        narrow = null;
    }
}
