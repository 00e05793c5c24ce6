package com.storeboard.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The day-by-day changes that plants G6, G7, G8, G11 and G12 make to template lines (DATA.md §5.5). The
 * template-dedicated SKUs have fixed line layouts so that every change is a change of existing lines:
 * G7 2,2,1,1,1,1,1,1,1,1 (12 units; every line loses at most one unit, so it stays in a narrow band),
 * G11 2,2,1,1,1,1,1,1 (10), G12 H-a 1×4, H-b 1×5, H-c 1×6.
 */
final class PlantSchedule {

    private static final int[][] SALES_DROP_LINES = {
        {1, 1, 1, 1, 1, 1, 1, 1, 0, 0},   // 8
        {1, 1, 1, 1, 1, 1, 0, 0, 0, 0},   // 6
        {1, 1, 1, 0, 0, 0, 0, 0, 0, 0}};  // 3
    private static final int[] PRICE_RISE_LINES = {1, 1, 1, 1, 1, 1, 1, 1};   // 8 from Y−5
    private static final int[] PRICE_CUT_LINES = {2, 2, 2, 2, 2, 1, 1, 1};    // 13 from Y−20
    private static final int[][] HOT_A_LINES = {{2, 1, 1, 1}, {2, 2, 1, 1}, {2, 2, 2, 1}, {3, 3, 3, 3}}; // Y−3…Y
    private static final int[] HOT_B_LINES = {3, 3, 3, 2, 2};                 // 13 on Y
    private static final int[] HOT_C_LINES = {4, 4, 4, 3, 3, 3};              // 21 on Y

    private final StorePlan plan;
    private final LocalDate y;

    PlantSchedule(StorePlan plan) {
        this.plan = plan;
        this.y = plan.referenceDate;
    }

    static int[] layout(PlantRole role) {
        return switch (role) {
            case SALES_DROP -> new int[] {2, 2, 1, 1, 1, 1, 1, 1, 1, 1};
            case PRICE_RISE, PRICE_CUT -> new int[] {2, 2, 1, 1, 1, 1, 1, 1};
            case HOT_A -> new int[] {1, 1, 1, 1};
            case HOT_B -> new int[] {1, 1, 1, 1, 1};
            case HOT_C -> new int[] {1, 1, 1, 1, 1, 1};
            default -> throw new IllegalArgumentException(role.name());
        };
    }

    /** The change of a template line on that date, or null when the line replays unchanged. */
    LineVariant variantOn(int skuIndex, int lineNo, boolean belowCostTarget, int baseQty, LocalDate date) {
        Sku sku = plan.sku(skuIndex);
        long offset = y.toEpochDay() - date.toEpochDay();
        PlantRole role = plan.role(skuIndex);
        return switch (role) {
            case SALES_DROP -> {
                if (offset > 6) {
                    yield null;
                }
                int qty = SALES_DROP_LINES[plan.salesDrops.indexOf(skuIndex)][lineNo];
                yield qty == baseQty ? null : same(sku, qty);
            }
            case PRICE_RISE -> offset > 5 ? null : new LineVariant(PRICE_RISE_LINES[lineNo], 300, 300, 300,
                    sku.unitCost());
            case PRICE_CUT -> offset > 20 ? null : new LineVariant(PRICE_CUT_LINES[lineNo], 225, 250, 225,
                    sku.unitCost());
            case HOT_A -> {
                if (offset > 3) {
                    yield null;
                }
                int qty = HOT_A_LINES[3 - (int) offset][lineNo];
                yield qty == baseQty ? null : same(sku, qty);
            }
            case HOT_B -> offset != 0 ? null : same(sku, HOT_B_LINES[lineNo]);
            case HOT_C -> offset != 0 ? null : same(sku, HOT_C_LINES[lineNo]);
            case BELOW_COST -> {
                if (!belowCostTarget || offset != 0) {
                    yield null;
                }
                long price = Cents.halfUp(sku.unitCost() * (plan.severeBelowCost(skuIndex) ? 70 : 95), 100);
                yield new LineVariant(1, sku.salePrice(), sku.originalPrice(), price, sku.unitCost());
            }
            case MARGIN_DROP -> {
                if (offset > 6) {
                    yield null;
                }
                int pp = StorePlan.MARGIN_DROP_PP[plan.marginDrops.indexOf(skuIndex)];
                long cost = sku.unitCost() + Cents.halfUp(sku.salePrice() * pp, 100);
                yield new LineVariant(baseQty, sku.salePrice(), sku.originalPrice(), LineVariant.KEEP, cost);
            }
            default -> null;
        };
    }

    /** Every distinct change a template line goes through (to check bands and profit when packing). */
    List<LineVariant> variants(int skuIndex, int lineNo, boolean belowCostTarget, int baseQty) {
        List<LineVariant> variants = new ArrayList<>();
        for (int offset = 0; offset <= 20; offset++) {
            LineVariant v = variantOn(skuIndex, lineNo, belowCostTarget, baseQty, y.minusDays(offset));
            if (v != null && !variants.contains(v)) {
                variants.add(v);
            }
        }
        return variants;
    }

    private static LineVariant same(Sku sku, int qty) {
        return new LineVariant(qty, sku.salePrice(), sku.originalPrice(), sku.salePrice(), sku.unitCost());
    }
}
