package com.storeboard.generator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The parameters of the demo data generator (DATA.md §5.2), validated on construction: a value outside its
 * allowed range fails with a message naming the parameter. Start from {@link #defaults()} and change what
 * differs with the {@code with…} methods.
 *
 * @param seed                master seed
 * @param stores              number of stores, 1–50
 * @param days                calendar days generated, ending at endDate, 60–180
 * @param endDate             last generated day = the reference date Y
 * @param skusPerStore        catalogue size per store including the 2 consumables, 150–5 000
 * @param ordersPerStoreDay   valid background orders per store and day, 100–3 000
 * @param mode                QUIET (planted anomalies with exact expected results) or REALISTIC (demo)
 * @param format              file format written by {@link DemoDataGenerator#writeFiles}
 * @param testOrders          decoy test orders per store on Y: 0 or 2
 * @param consumableStockout  consumable stock-out decoy per store: 0 or 1
 * @param consumableBelowCost consumable below-cost decoy per store: 0 or 1
 */
public record GeneratorParameters(
        long seed,
        int stores,
        int days,
        LocalDate endDate,
        int skusPerStore,
        int ordersPerStoreDay,
        Mode mode,
        Format format,
        int testOrders,
        int consumableStockout,
        int consumableBelowCost) {

    /** The generator's contract version; the manifest records it. */
    public static final int CONTRACT_VERSION = 1;

    public static final long DEFAULT_SEED = 20251220L;
    public static final LocalDate DEFAULT_END_DATE = LocalDate.of(2025, 12, 20);

    public enum Mode { QUIET, REALISTIC }

    public enum Format {
        CSV("csv"), XLSX("xlsx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    public GeneratorParameters {
        range("stores", stores, 1, 50);
        range("days", days, 60, 180);
        Objects.requireNonNull(endDate, "endDate must be given");
        range("skusPerStore", skusPerStore, 150, 5_000);
        range("ordersPerStoreDay", ordersPerStoreDay, 100, 3_000);
        Objects.requireNonNull(mode, "mode must be QUIET or REALISTIC");
        Objects.requireNonNull(format, "format must be CSV or XLSX");
        zeroOr("plants.testOrders", testOrders, 2);
        zeroOr("plants.consumableStockout", consumableStockout, 1);
        zeroOr("plants.consumableBelowCost", consumableBelowCost, 1);
        if (endDate.minusDays(days - 1L).getYear() < 2000 || endDate.getYear() > 2099) {
            throw new IllegalArgumentException("endDate " + endDate + " with days " + days
                    + " leaves the years 2000–2099 that the importer accepts");
        }
    }

    /** seed 20251220, 3 stores × 60 days to 2025-12-20, 400 SKUs, 300 orders/day, QUIET, CSV, decoys 2/1/1. */
    public static GeneratorParameters defaults() {
        return new GeneratorParameters(DEFAULT_SEED, 3, 60, DEFAULT_END_DATE, 400, 300, Mode.QUIET, Format.CSV,
                2, 1, 1);
    }

    public LocalDate firstDate() {
        return endDate.minusDays(days - 1L);
    }

    public GeneratorParameters withSeed(long value) {
        return new GeneratorParameters(value, stores, days, endDate, skusPerStore, ordersPerStoreDay, mode, format,
                testOrders, consumableStockout, consumableBelowCost);
    }

    public GeneratorParameters withStores(int value) {
        return new GeneratorParameters(seed, value, days, endDate, skusPerStore, ordersPerStoreDay, mode, format,
                testOrders, consumableStockout, consumableBelowCost);
    }

    public GeneratorParameters withDays(int value) {
        return new GeneratorParameters(seed, stores, value, endDate, skusPerStore, ordersPerStoreDay, mode, format,
                testOrders, consumableStockout, consumableBelowCost);
    }

    public GeneratorParameters withEndDate(LocalDate value) {
        return new GeneratorParameters(seed, stores, days, value, skusPerStore, ordersPerStoreDay, mode, format,
                testOrders, consumableStockout, consumableBelowCost);
    }

    public GeneratorParameters withSkusPerStore(int value) {
        return new GeneratorParameters(seed, stores, days, endDate, value, ordersPerStoreDay, mode, format,
                testOrders, consumableStockout, consumableBelowCost);
    }

    public GeneratorParameters withOrdersPerStoreDay(int value) {
        return new GeneratorParameters(seed, stores, days, endDate, skusPerStore, value, mode, format,
                testOrders, consumableStockout, consumableBelowCost);
    }

    public GeneratorParameters withMode(Mode value) {
        return new GeneratorParameters(seed, stores, days, endDate, skusPerStore, ordersPerStoreDay, value, format,
                testOrders, consumableStockout, consumableBelowCost);
    }

    public GeneratorParameters withFormat(Format value) {
        return new GeneratorParameters(seed, stores, days, endDate, skusPerStore, ordersPerStoreDay, mode, value,
                testOrders, consumableStockout, consumableBelowCost);
    }

    public GeneratorParameters withDecoys(int testOrdersValue, int consumableStockoutValue,
            int consumableBelowCostValue) {
        return new GeneratorParameters(seed, stores, days, endDate, skusPerStore, ordersPerStoreDay, mode, format,
                testOrdersValue, consumableStockoutValue, consumableBelowCostValue);
    }

    private static void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    private static void zeroOr(String name, int value, int defaultValue) {
        if (value != 0 && value != defaultValue) {
            throw new IllegalArgumentException(name + " must be 0 or " + defaultValue + ", was " + value);
        }
    }
}
