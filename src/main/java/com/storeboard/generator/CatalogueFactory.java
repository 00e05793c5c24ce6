package com.storeboard.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws a store's catalogue from stream {@code catalogue} (DATA.md §5.3): names, categories, log-uniform prices
 * ending in .90/.50/.00, 商品原价, margins, 6-digit 店内码, EAN-13 条码 and the blank identifiers. Unit costs are
 * computed later ({@link Draft#toSku}) because G11 fixes two prices before that.
 */
final class CatalogueFactory {

    /** Large-spec keywords of DIAGNOSIS.md (delivery.heavy-keywords). */
    static final List<String> HEAVY_KEYWORDS = List.of("5L", "4L", "3L", "2.5L", "10L", "12L", "15L", "20L", "6瓶",
            "12瓶", "24瓶", "6罐", "12罐", "24罐", "整箱", "一箱", "箱装", "/箱", "6包", "10包", "12包", "24包", "大桶",
            "桶装", "5kg", "10kg", "5公斤", "10公斤", "×6", "×12", "×24", "*6", "*12", "*24", "x6", "x12", "x24");

    static final String SMALL_BAG = "购物袋小号";
    static final String LARGE_BAG = "购物袋大号";

    /** A SKU while the catalogue is being drawn. */
    static final class Draft {
        final int index;
        String name;
        final Category category;
        final String categoryL3;
        String stem;
        long salePrice;
        long originalPrice;
        final int marginBp;
        String storeCode;
        String barcode;
        long fixedUnitCost = -1;

        Draft(int index, String name, String stem, Category category, String categoryL3, long salePrice,
                long originalPrice, int marginBp) {
            this.index = index;
            this.name = name;
            this.stem = stem;
            this.category = category;
            this.categoryL3 = categoryL3;
            this.salePrice = salePrice;
            this.originalPrice = originalPrice;
            this.marginBp = marginBp;
        }

        boolean regular() {
            return category != Category.CONSUMABLES;
        }

        Sku toSku() {
            long unitCost = fixedUnitCost >= 0 ? fixedUnitCost
                    : Cents.halfUp(salePrice * (10_000 - marginBp), 10_000);
            return new Sku(index, name, storeCode, barcode, category, categoryL3, salePrice, originalPrice, unitCost,
                    marginBp);
        }
    }

    private CatalogueFactory() {
    }

    static List<Draft> draw(int skusPerStore, SplittableRandom random) {
        int regularCount = skusPerStore - 2;
        List<Category> categories = Category.regular();
        int[] shares = new int[categories.size()];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = categories.get(i).sharePercent();
        }
        int[] counts = Draw.apportion(regularCount, shares);
        List<Draft> drafts = new ArrayList<>(skusPerStore);
        Set<String> names = new HashSet<>();
        for (int c = 0; c < categories.size(); c++) {
            Category category = categories.get(c);
            List<String[]> combos = combos(category);
            Draw.shuffle(random, combos);
            for (int i = 0; i < counts[c]; i++) {
                String[] combo = combos.get(i % combos.size());
                String base = combo[0] + combo[1] + combo[2];
                String name = unique(base, names);
                long price = logUniformPrice(random, category.minPrice(), category.maxPrice());
                long original = price;
                if (!Draw.chance(random, 700)) {
                    // 5–30 % higher, rounded up to 0.10 so that it stays strictly above the sale price
                    int rise = 500 + random.nextInt(2_501);
                    original = Cents.ceil(price * (10_000 + rise), 100_000) * 10;
                }
                int margin = category.minMarginBp()
                        + random.nextInt(category.maxMarginBp() - category.minMarginBp() + 1);
                drafts.add(new Draft(drafts.size(), name, combo[1], category, combo[3], price, original, margin));
            }
        }
        Draft small = new Draft(drafts.size(), SMALL_BAG, SMALL_BAG, Category.CONSUMABLES, "购物袋", 20, 20, 0);
        small.fixedUnitCost = 8;
        drafts.add(small);
        Draft large = new Draft(drafts.size(), LARGE_BAG, LARGE_BAG, Category.CONSUMABLES, "购物袋", 50, 50, 0);
        large.fixedUnitCost = 20;
        drafts.add(large);

        assignIdentifiers(drafts, random);
        blankIdentifiers(drafts, regularCount, random, names);
        ensureLargeSpecNames(drafts, regularCount, random, names);
        return drafts;
    }

    static boolean heavy(String name) {
        for (String keyword : HEAVY_KEYWORDS) {
            if (name.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    private static List<String[]> combos(Category category) {
        List<String[]> combos = new ArrayList<>();
        for (String brand : category.brands()) {
            for (String stem : category.stems()) {
                String[] parts = stem.split(":");
                for (String variant : category.variants()) {
                    combos.add(new String[] {brand, parts[0], variant, parts[1]});
                }
            }
        }
        return combos;
    }

    private static String unique(String base, Set<String> names) {
        String name = base;
        for (int k = 2; !names.add(name); k++) {
            name = base + "（" + k + "号）";
        }
        return name;
    }

    /** Log-uniform in [min, max], ending in .90, .50 or .00 and inside the range. */
    static long logUniformPrice(SplittableRandom random, long min, long max) {
        double lo = StrictMath.log(min / 100.0);
        double hi = StrictMath.log(max / 100.0);
        double x = StrictMath.exp(lo + random.nextDouble() * (hi - lo)) * 100.0;
        int[] endings = {90, 50, 0};
        int ending = endings[random.nextInt(3)];
        long whole = (long) StrictMath.floor(x / 100.0);
        long best = -1;
        for (long w = whole - 1; w <= whole + 1; w++) {
            long candidate = w * 100 + ending;
            if (candidate >= min && candidate <= max
                    && (best < 0 || Math.abs(candidate - x) < Math.abs(best - x))) {
                best = candidate;
            }
        }
        if (best < 0) {
            best = Math.abs(min - x) <= Math.abs(max - x) ? min : max;
        }
        return best;
    }

    private static void assignIdentifiers(List<Draft> drafts, SplittableRandom random) {
        Set<Integer> codes = new HashSet<>();
        Set<String> barcodes = new HashSet<>();
        for (Draft draft : drafts) {
            int code;
            do {
                code = 100_000 + random.nextInt(900_000);
            } while (!codes.add(code));
            draft.storeCode = Integer.toString(code);
            String barcode;
            do {
                barcode = ean13(random);
            } while (!barcodes.add(barcode));
            draft.barcode = barcode;
        }
    }

    /** "69" + 10 digits + the EAN-13 check digit. */
    static String ean13(SplittableRandom random) {
        StringBuilder digits = new StringBuilder("69");
        for (int i = 0; i < 10; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = digits.charAt(i) - '0';
            sum += (i % 2 == 0) ? d : 3 * d;
        }
        digits.append((char) ('0' + (10 - sum % 10) % 10));
        return digits.toString();
    }

    /**
     * 2 % of the regular SKUs (生鲜/水果 sold by weight) lose both identifiers and get a bulk name; another 5 %
     * lose only the 店内码 (the key falls back to the 条码).
     */
    private static void blankIdentifiers(List<Draft> drafts, int regularCount, SplittableRandom random,
            Set<String> names) {
        int bothBlank = (int) Cents.halfUp(regularCount * 2L, 100);
        int codeBlank = (int) Cents.halfUp(regularCount * 5L, 100);
        List<Draft> bulk = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.category == Category.FRESH || d.category == Category.FRUIT) {
                bulk.add(d);
            }
        }
        Draw.shuffle(random, bulk);
        for (int i = 0; i < bothBlank && i < bulk.size(); i++) {
            Draft d = bulk.get(i);
            d.storeCode = null;
            d.barcode = null;
            names.remove(d.name);
            d.name = unique(d.stem + "（散称）", names);
        }
        List<Draft> rest = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.regular() && d.storeCode != null) {
                rest.add(d);
            }
        }
        Draw.shuffle(random, rest);
        for (int i = 0; i < codeBlank && i < rest.size(); i++) {
            rest.get(i).storeCode = null;
        }
    }

    /** At least 3 % of the regular names carry a large-spec keyword (delivery risk hints). */
    private static void ensureLargeSpecNames(List<Draft> drafts, int regularCount, SplittableRandom random,
            Set<String> names) {
        int needed = (int) Cents.ceil(regularCount * 3L, 100);
        List<Draft> plain = new ArrayList<>();
        int heavy = 0;
        for (Draft d : drafts) {
            if (!d.regular()) {
                continue;
            }
            if (heavy(d.name)) {
                heavy++;
            } else if (d.storeCode != null) {
                plain.add(d);
            }
        }
        Draw.shuffle(random, plain);
        for (int i = 0; heavy < needed && i < plain.size(); i++) {
            Draft d = plain.get(i);
            names.remove(d.name);
            d.name = unique(d.name + "（整箱）", names);
            heavy++;
        }
    }
}
