package com.storeboard.generator;

import java.util.List;
import java.util.SplittableRandom;

/** Small random helpers. Floating point goes through StrictMath so that every JVM draws the same values. */
final class Draw {

    private Draw() {
    }

    /** Index i with probability weights[i] ÷ Σweights. */
    static int categorical(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int u = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** True with probability perMille ÷ 1000. */
    static boolean chance(SplittableRandom random, int perMille) {
        return random.nextInt(1000) < perMille;
    }

    /** Standard normal by Box–Muller (one value per call, so the stream use is fixed). */
    static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    static <T> void shuffle(SplittableRandom random, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    static void shuffle(SplittableRandom random, int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /**
     * Largest-remainder apportionment of total over shares: floors first, then one more to the largest
     * remainders (ties to the lower index), so the parts sum exactly to total.
     */
    static int[] apportion(int total, int[] shares) {
        long sum = 0;
        for (int s : shares) {
            sum += s;
        }
        int[] parts = new int[shares.length];
        long[] remainders = new long[shares.length];
        int assigned = 0;
        for (int i = 0; i < shares.length; i++) {
            long exact = (long) total * shares[i];
            parts[i] = (int) (exact / sum);
            remainders[i] = exact % sum;
            assigned += parts[i];
        }
        while (assigned < total) {
            int best = -1;
            for (int i = 0; i < shares.length; i++) {
                if (best < 0 || remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
            assigned++;
        }
        return parts;
    }
}
