package com.storeboard.generator;

/**
 * The popularity law of DATA.md §5.3: rank k gets b_s = max(1, round_HALF_UP(B × k^−0.70)), with B such that
 * the ranked SKUs sum to U − 71 (the template-dedicated SKUs of G7, G11 and G12 sell the other 71 units).
 */
final class Popularity {

    /** Units per day of the template-dedicated SKUs: G7 3 × 12, G11 2 × 10, G12 4 + 5 + 6. */
    static final int DEDICATED_UNITS = 71;

    private Popularity() {
    }

    /** U = round_HALF_UP(ordersPerStoreDay × 2.76 × 1.38). */
    static int regularUnits(int ordersPerStoreDay) {
        return (int) Cents.halfUp(ordersPerStoreDay * 276L * 138L, 10_000);
    }

    /** b_s for ranks 1..rankedCount (index 0 = rank 1). */
    static int[] baseQuantities(int ordersPerStoreDay, int rankedCount) {
        int u = regularUnits(ordersPerStoreDay);
        int target = u - DEDICATED_UNITS;
        if (target < rankedCount) {
            throw new GenerationException("ordersPerStoreDay " + ordersPerStoreDay + " gives U − 71 = " + target
                    + " units per day, fewer than the " + rankedCount
                    + " ranked SKUs (every SKU sells at least 1 a day): lower skusPerStore or raise ordersPerStoreDay");
        }
        double[] weights = new double[rankedCount];
        for (int k = 1; k <= rankedCount; k++) {
            weights[k - 1] = StrictMath.pow(k, -0.70);
        }
        double lo = 0;
        double hi = target;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (sum(weights, mid) >= target) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        int[] b = new int[rankedCount];
        long total = 0;
        for (int k = 0; k < rankedCount; k++) {
            b[k] = quantity(weights[k], hi);
            total += b[k];
        }
        if (total != target) {
            throw new GenerationException("no popularity factor B gives exactly " + target + " units per day for "
                    + rankedCount + " ranked SKUs (closest: " + total + ")");
        }
        return b;
    }

    private static long sum(double[] weights, double b) {
        long total = 0;
        for (double w : weights) {
            total += quantity(w, b);
        }
        return total;
    }

    private static int quantity(double weight, double b) {
        return (int) Math.max(1, (long) StrictMath.floor(b * weight + 0.5));
    }
}
