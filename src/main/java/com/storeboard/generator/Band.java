package com.storeboard.generator;

/** The 客单价 bands (left-closed) with their order shares (DATA.md §5.3, DIAGNOSIS.md U5). */
enum Band {
    B0_10("0-10", 0, 1000, 120),
    B10_20("10-20", 1000, 2000, 220),
    B20_30("20-30", 2000, 3000, 200),
    B30_40("30-40", 3000, 4000, 140),
    B40_50("40-50", 4000, 5000, 90),
    B50_100("50-100", 5000, 10000, 170),
    B100_200("100-200", 10000, 20000, 50),
    B200("200+", 20000, Long.MAX_VALUE, 10);

    private final String label;
    private final long lower;
    private final long upper;
    private final int sharePerMille;

    Band(String label, long lower, long upper, int sharePerMille) {
        this.label = label;
        this.lower = lower;
        this.upper = upper;
        this.sharePerMille = sharePerMille;
    }

    String label() {
        return label;
    }

    /** Inclusive lower bound in cents. */
    long lower() {
        return lower;
    }

    /** Exclusive upper bound in cents; Long.MAX_VALUE for 200+. */
    long upper() {
        return upper;
    }

    boolean bounded() {
        return upper != Long.MAX_VALUE;
    }

    boolean contains(long revenue) {
        return revenue >= lower && revenue < upper;
    }

    static Band of(long revenue) {
        for (Band band : values()) {
            if (band.contains(revenue)) {
                return band;
            }
        }
        return B0_10;
    }

    /** Orders per band for one day: largest remainder, summing exactly to ordersPerDay. */
    static int[] quotas(int ordersPerDay) {
        Band[] all = values();
        int[] shares = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            shares[i] = all[i].sharePerMille;
        }
        return Draw.apportion(ordersPerDay, shares);
    }
}
