package com.storeboard.generator;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * One independent {@link SplittableRandom} per (seed, store index, stream name), DATA.md §5.1. The stream
 * seed mixes the three parts with fixed 64-bit functions (FNV-1a for the name, the SplitMix64 finaliser),
 * so it is the same on every JVM and a stream never depends on how much another stream was used.
 */
final class RandomStreams {

    static final String CATALOGUE = "catalogue";
    static final String BASKETS = "baskets";
    static final String TIMES = "times";
    static final String CUSTOMERS = "customers";
    static final String DELIVERY = "delivery";
    static final String PLANTS = "plants";
    static final String DECOYS = "decoys";
    static final String STOCK = "stock";
    static final String REALISTIC = "realistic";

    private final long seed;

    RandomStreams(long seed) {
        this.seed = seed;
    }

    SplittableRandom stream(int storeIndex, String name) {
        long x = mix64(seed ^ 0x6A09E667F3BCC909L);
        x = mix64(x + 0x9E3779B97F4A7C15L * (storeIndex + 1L));
        x = mix64(x ^ fnv1a64(name));
        return new SplittableRandom(x);
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long fnv1a64(String text) {
        long h = 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }
}
