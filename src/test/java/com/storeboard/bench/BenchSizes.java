package com.storeboard.bench;

import com.storeboard.generator.GeneratorParameters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data sets of the diagnosis benchmarks: the generator's REALISTIC mode over 60 days, sized like real chains
 * (scripts/bench-diagnosis generates the same sets as files for the database runs).
 */
public final class BenchSizes {

    private BenchSizes() {
    }

    /** About 106,000 lines: one store, 600 orders a day. */
    public static final String SMALL = "100k";
    /** About 1,065,000 lines: 3 stores × 2,000 orders a day (the import benchmark's set). */
    public static final String MEDIUM = "1m";
    /** About 10.6 million lines, 3.6 million orders, 20,000 products: 20 stores × 3,000 orders a day. */
    public static final String LARGE = "10m";

    public static GeneratorParameters parameters(String size) {
        GeneratorParameters defaults = GeneratorParameters.defaults();
        return switch (size) {
            case SMALL -> with(defaults, 1, 600, 400);
            case MEDIUM -> with(defaults, 3, 2000, 400);
            case LARGE -> with(defaults, 20, 3000, 1000);
            default -> throw new IllegalArgumentException("unknown size " + size);
        };
    }

    /** The command-line options of {@code generate} for a size (used by scripts/bench-diagnosis). */
    public static List<String> generateOptions(String size) {
        GeneratorParameters p = parameters(size);
        return List.of("--stores", String.valueOf(p.stores()), "--days", String.valueOf(p.days()), "--orders-per-store-day",
                String.valueOf(p.ordersPerStoreDay()), "--skus-per-store", String.valueOf(p.skusPerStore()), "--mode", "REALISTIC");
    }

    private static GeneratorParameters with(GeneratorParameters d, int stores, int ordersPerStoreDay, int skus) {
        return new GeneratorParameters(d.seed(), stores, d.days(), d.endDate(), skus, ordersPerStoreDay,
                GeneratorParameters.Mode.REALISTIC, d.format(), d.testOrders(), d.consumableStockout(), d.consumableBelowCost());
    }

    /** Median per card of the last {@code n} computations, slowest first, as printable lines. */
    public static String cardMedians(List<Map<String, Long>> runs, int n) {
        List<Map<String, Long>> last = runs.subList(Math.max(0, runs.size() - n), runs.size());
        Map<String, Long> medians = new TreeMap<>();
        if (!last.isEmpty()) {
            for (String card : last.get(0).keySet()) {
                long[] values = last.stream().mapToLong(m -> m.getOrDefault(card, 0L)).sorted().toArray();
                medians.put(card, values[values.length / 2]);
            }
        }
        StringBuilder sb = new StringBuilder();
        medians.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sb.append(String.format("  %-16s %6d ms%n", e.getKey(), e.getValue())));
        return sb.toString();
    }
}
