package com.storeboard.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * Builds a store's {@link StorePlan}: catalogue (stream {@code catalogue}), the dedicated plant SKUs reserved
 * before the popularity ranks (stream {@code plants}), the ranks and b_s, then the ranked SKUs of G3, G6, G8 and
 * the quiet 其他 target of G4, and the G4 customers' order days.
 */
final class StoreSetup {

    private final GeneratorParameters parameters;

    StoreSetup(GeneratorParameters parameters) {
        this.parameters = parameters;
    }

    /** Regular customers: 20 % of the delivery orders, on cycles of 2–5 days (mean frequency 77/240 a day). */
    static int regularCustomerCount(int ordersPerStoreDay) {
        int[] channels = Draw.apportion(ordersPerStoreDay, Channel.shares());
        int delivery = ordersPerStoreDay - channels[Channel.POS.ordinal()];
        return (int) Cents.halfUp(48L * delivery, 77);
    }

    StorePlan create(int storeIndex, StoreStreams streams) {
        SplittableRandom catalogue = streams.catalogue;
        SplittableRandom plants = streams.plants;
        List<CatalogueFactory.Draft> drafts = CatalogueFactory.draw(parameters.skusPerStore(), catalogue);
        PlantRole[] roles = new PlantRole[drafts.size()];
        Arrays.fill(roles, PlantRole.QUIET);
        roles[drafts.size() - 2] = PlantRole.CONSUMABLE;
        roles[drafts.size() - 1] = PlantRole.CONSUMABLE;

        // Dedicated plant SKUs, reserved before the ranks (all with a non-blank 店内码).
        List<Integer> salesDrops = reserve(drafts, roles, plants, 3, PlantRole.SALES_DROP,
                d -> d.salePrice <= 500, "G7 (售价 ≤ 5.00)");
        List<Integer> priceChange = reserve(drafts, roles, plants, 1, PlantRole.PRICE_RISE,
                d -> d.category == Category.DRINKS && !CatalogueFactory.heavy(d.name), "G11 (饮料)");
        priceChange.addAll(reserve(drafts, roles, plants, 1, PlantRole.PRICE_CUT,
                d -> d.category == Category.DRINKS && !CatalogueFactory.heavy(d.name), "G11 (饮料)"));
        List<Integer> hot = new ArrayList<>();
        hot.addAll(reserve(drafts, roles, plants, 1, PlantRole.HOT_A, d -> d.salePrice <= 500, "G12 (售价 ≤ 5.00)"));
        hot.addAll(reserve(drafts, roles, plants, 1, PlantRole.HOT_B, d -> d.salePrice <= 500, "G12 (售价 ≤ 5.00)"));
        hot.addAll(reserve(drafts, roles, plants, 1, PlantRole.HOT_C, d -> d.salePrice <= 500, "G12 (售价 ≤ 5.00)"));
        // Lines of these are added to existing orders, so they are kept cheap enough to fit into a band.
        List<Integer> slow = reserve(drafts, roles, plants, 6, PlantRole.SLOW_MOVER, d -> d.salePrice <= 500,
                "G9 (售价 ≤ 5.00)");
        List<Integer> fresh = reserve(drafts, roles, plants, 3, PlantRole.NEW_PRODUCT, d -> d.salePrice <= 500,
                "G10 (售价 ≤ 5.00)");
        List<Integer> delisted = reserve(drafts, roles, plants, 1, PlantRole.DELISTED, d -> d.salePrice <= 500,
                "the delisted SKU of G4 (售价 ≤ 5.00)");
        for (int sku : priceChange) {
            // G11: 商品实售价 and 商品原价 are 2.50 before the unit cost is computed.
            drafts.get(sku).salePrice = 250;
            drafts.get(sku).originalPrice = 250;
        }

        List<Sku> skus = new ArrayList<>(drafts.size());
        for (CatalogueFactory.Draft draft : drafts) {
            skus.add(draft.toSku());
        }
        LocalDate y = parameters.endDate();
        StorePlan plan = new StorePlan(StoreIdentity.of(storeIndex), y, parameters.firstDate(), List.copyOf(skus));
        System.arraycopy(roles, 0, plan.roles, 0, roles.length);
        plan.smallBag = drafts.size() - 2;
        plan.largeBag = drafts.size() - 1;
        plan.salesDrops.addAll(salesDrops);
        plan.priceRise = priceChange.get(0);
        plan.priceCut = priceChange.get(1);
        plan.hotA = hot.get(0);
        plan.hotB = hot.get(1);
        plan.hotC = hot.get(2);
        plan.slowMovers.addAll(slow);
        plan.newProducts.addAll(fresh);
        plan.delisted = delisted.get(0);
        plan.renamedName = plan.sku(plan.hotB).name() + "（新包装）";

        // Popularity: the other regular SKUs ranked by a shuffle from stream catalogue.
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == PlantRole.QUIET) {
                ranked.add(i);
            }
        }
        Draw.shuffle(catalogue, ranked);
        int[] b = Popularity.baseQuantities(parameters.ordersPerStoreDay(), ranked.size());
        for (int k = 0; k < ranked.size(); k++) {
            plan.rank[ranked.get(k)] = k + 1;
            plan.baseQty[ranked.get(k)] = b[k];
        }
        for (int sku : salesDrops) {
            plan.baseQty[sku] = 12;
        }
        plan.baseQty[plan.priceRise] = 10;
        plan.baseQty[plan.priceCut] = 10;
        plan.baseQty[plan.hotA] = 4;
        plan.baseQty[plan.hotB] = 5;
        plan.baseQty[plan.hotC] = 6;

        selectRankedPlants(plan, ranked, plants);
        planChurnCustomers(plan, plants);
        for (int i = 0; i < 6; i++) {
            plan.slowFinalStock[i] = 5 + plants.nextInt(36);
        }
        for (int i = 0; i < 3; i++) {
            plan.newFinalStock[i] = 5 + plants.nextInt(26);
        }
        return plan;
    }

    private static List<Integer> reserve(List<CatalogueFactory.Draft> drafts, PlantRole[] roles,
            SplittableRandom plants, int count, PlantRole role, java.util.function.Predicate<CatalogueFactory.Draft> ok,
            String what) {
        List<Integer> candidates = new ArrayList<>();
        for (CatalogueFactory.Draft d : drafts) {
            if (d.regular() && roles[d.index] == PlantRole.QUIET && d.storeCode != null && ok.test(d)) {
                candidates.add(d.index);
            }
        }
        if (candidates.size() < count) {
            throw new GenerationException("the catalogue has too few SKUs for " + what);
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int sku = candidates.remove(plants.nextInt(candidates.size()));
            roles[sku] = role;
            chosen.add(sku);
        }
        return chosen;
    }

    private void selectRankedPlants(StorePlan plan, List<Integer> ranked, SplittableRandom plants) {
        // G6 first (its candidates are the scarcest): b_s ≥ 5 and unit cost ≤ 6.00 (and ≥ 1.00 so that 0.95 × cost stays a cent below the cost).
        plan.belowCost.addAll(choose(plan, ranked, plants, 4, PlantRole.BELOW_COST,
                sku -> plan.baseQty[sku] >= 5 && plan.sku(sku).unitCost() <= 600 && plan.sku(sku).unitCost() >= 100,
                "G6 (b_s ≥ 5, unit cost ≤ 6.00)"));
        // G3: k = 3 SKUs among popularity ranks 1–20 (≤ 30.00: two of them are in the G4 orders of 50–80 yuan).
        plan.stockouts.addAll(choose(plan, ranked, plants, 3, PlantRole.STOCKOUT,
                sku -> plan.rank[sku] <= 20 && plan.baseQty[sku] >= 4 && plan.sku(sku).salePrice() <= 3000,
                "G3 (popularity ranks 1–20, b_s ≥ 4, 售价 ≤ 30.00)"));
        // G8: 商品原价 = 商品实售价 ≥ 2.50 and margin ≥ 0.33; even at −25 pp every line keeps 实收 > 1.08 × cost.
        // Preferably few units a day (every G8 line changes, one per basket).
        IntPredicate marginDrop = sku -> {
            Sku s = plan.sku(sku);
            long raised = s.unitCost() + Cents.halfUp(s.salePrice() * 25, 100);
            return s.originalPrice() == s.salePrice() && s.salePrice() >= 250
                    && 100 * (s.salePrice() - s.unitCost()) >= 33 * s.salePrice()
                    && 100 * s.salePrice() > 108 * raised;
        };
        int fewUnits = Math.max(4, parameters.ordersPerStoreDay() / 100);
        long few = ranked.stream().filter(sku -> plan.roles[sku] == PlantRole.QUIET && marginDrop.test(sku)
                && plan.baseQty[sku] <= fewUnits).count();
        IntPredicate chosen = few >= 3 ? sku -> marginDrop.test(sku) && plan.baseQty[sku] <= fewUnits : marginDrop;
        plan.marginDrops.addAll(choose(plan, ranked, plants, 3, PlantRole.MARGIN_DROP, chosen,
                "G8 (商品原价 = 售价 ≥ 2.50, margin ≥ 0.33)"));
        // G4 其他: a quiet SKU cheap enough for orders of at most 15.00, sold in at least two lines a day.
        plan.churnOther = choose(plan, ranked, plants, 1, PlantRole.CHURN_OTHER,
                sku -> plan.baseQty[sku] >= 2 && plan.sku(sku).salePrice() <= 600, "G4 其他 (a quiet SKU ≤ 6.00)")
                .get(0);
    }

    private List<Integer> choose(StorePlan plan, List<Integer> ranked, SplittableRandom plants, int count,
            PlantRole role, IntPredicate ok, String what) {
        List<Integer> candidates = new ArrayList<>();
        for (int sku : ranked) {
            if (plan.roles[sku] == PlantRole.QUIET && ok.test(sku)) {
                candidates.add(sku);
            }
        }
        candidates.sort(null);
        if (candidates.size() < count && parameters.mode() == GeneratorParameters.Mode.REALISTIC) {
            // REALISTIC promises nothing about the cards: any quiet ranked SKU will do.
            candidates.clear();
            for (int sku : ranked) {
                if (plan.roles[sku] == PlantRole.QUIET) {
                    candidates.add(sku);
                }
            }
            candidates.sort(null);
        }
        if (candidates.size() < count) {
            throw new GenerationException("the catalogue has too few SKUs for " + what + " with ordersPerStoreDay "
                    + parameters.ordersPerStoreDay() + " and skusPerStore " + parameters.skusPerStore()
                    + ": raise ordersPerStoreDay, lower skusPerStore or try another seed");
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int sku = candidates.remove(plants.nextInt(candidates.size()));
            plan.roles[sku] = role;
            chosen.add(sku);
        }
        return chosen;
    }

    private void planChurnCustomers(StorePlan plan, SplittableRandom plants) {
        LocalDate y = plan.referenceDate;
        int regulars = regularCustomerCount(parameters.ordersPerStoreDay());
        for (int j = 0; j < StorePlan.CHURN_REASONS.size(); j++) {
            String reason = StorePlan.CHURN_REASONS.get(j);
            int target = switch (reason) {
                case "缺货" -> plan.stockouts.get(j);
                case "涨价" -> plan.priceRise;
                case "下架" -> plan.delisted;
                default -> plan.churnOther;
            };
            int lastDays = StorePlan.CHURN_LAST_DAYS[j];
            int orders = StorePlan.CHURN_ORDERS[j];
            // The last order exactly on Y − lastDays, the others on distinct earlier days of [Y−29, Y−lastDays−1].
            List<Integer> offsets = new ArrayList<>();
            for (int offset = lastDays + 1; offset <= 29; offset++) {
                offsets.add(offset);
            }
            List<Integer> chosen = new ArrayList<>();
            for (int k = 0; k < orders - 1; k++) {
                chosen.add(offsets.remove(plants.nextInt(offsets.size())));
            }
            chosen.add(lastDays);
            chosen.sort((a, b) -> Integer.compare(b, a));
            LocalDate[] days = new LocalDate[orders];
            for (int k = 0; k < orders; k++) {
                days[k] = y.minusDays(chosen.get(k));
            }
            plan.churnCustomers.add(new StorePlan.ChurnCustomer(j, reason, target, lastDays, days, regulars + j));
        }
    }
}
