package com.storeboard.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The options of {@code java -jar storeboard.jar generate}: parsed into {@link GeneratorParameters} (defaults of
 * DATA.md §5.2 for what is not given) and the output directory. Errors name the option and what it accepts.
 */
public record GeneratorOptions(GeneratorParameters parameters, Path outDir) {

    public static final String USAGE = """
            Usage: generate --out DIR [--stores N] [--days D] [--seed S] [--orders-per-store-day N]
                            [--skus-per-store N] [--mode QUIET|REALISTIC] [--format csv|xlsx] [--end-date YYYY-MM-DD]
                            [--test-orders 0|2] [--consumable-stockout 0|1] [--consumable-below-cost 0|1]
              --out DIR                 directory for the files and demo_manifest.json (required)
              --stores N                stores, 1–50 (default 3)
              --days D                  days ending at --end-date, 60–180 (default 60)
              --seed S                  master seed (default 20251220)
              --orders-per-store-day N  valid background orders per store and day, 100–3000 (default 300)
              --skus-per-store N        catalogue size per store, 150–5000 (default 400)
              --mode M                  QUIET (planted anomalies, exact manifest) or REALISTIC (demo) (default QUIET)
              --format F                csv or xlsx (default csv)
              --end-date YYYY-MM-DD     last generated day, the reference date (default 2025-12-20)
              --test-orders, --consumable-stockout, --consumable-below-cost
                                        decoys per store, 0 or the default 2, 1, 1
            """;

    /** Parses the arguments after the command name; "--name value" and "--name=value" are both accepted. */
    public static GeneratorOptions parse(String[] args) {
        GeneratorParameters p = GeneratorParameters.defaults();
        Path out = null;
        int start = args.length > 0 && args[0].equals("generate") ? 1 : 0;
        for (int i = start; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'\n" + USAGE);
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
                }
                value = args[++i];
            }
            switch (name) {
                case "--out" -> out = Path.of(value);
                case "--stores" -> p = p.withStores(integer(name, value));
                case "--days" -> p = p.withDays(integer(name, value));
                case "--seed" -> p = p.withSeed(longValue(name, value));
                case "--orders-per-store-day" -> p = p.withOrdersPerStoreDay(integer(name, value));
                case "--skus-per-store" -> p = p.withSkusPerStore(integer(name, value));
                case "--mode" -> p = p.withMode(choice(name, value, GeneratorParameters.Mode.class));
                case "--format" -> p = p.withFormat(choice(name, value, GeneratorParameters.Format.class));
                case "--end-date" -> p = p.withEndDate(date(name, value));
                case "--test-orders" -> p = p.withDecoys(integer(name, value), p.consumableStockout(),
                        p.consumableBelowCost());
                case "--consumable-stockout" -> p = p.withDecoys(p.testOrders(), integer(name, value),
                        p.consumableBelowCost());
                case "--consumable-below-cost" -> p = p.withDecoys(p.testOrders(), p.consumableStockout(),
                        integer(name, value));
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required\n" + USAGE);
        }
        return new GeneratorOptions(p, out);
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
        }
    }

    private static long longValue(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
        }
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD, was '" + value + "'");
        }
    }

    private static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name());
            }
            throw new IllegalArgumentException(name + " must be one of " + allowed + " (any case), was '" + value
                    + "'");
        }
    }
}
