package com.storeboard.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything decided for one store before its days are generated: the catalogue, popularity, the SKUs of every
 * plant (DATA.md §5.5 "All plant SKUs are selected first") and the planned churn customers. Small: it is kept
 * while the store's days stream out.
 */
final class StorePlan {

    /** churnReasons, churnLastDays, churnOrders and churnHighValue of G4, in customer order j = 0…5. */
    static final List<String> CHURN_REASONS = List.of("缺货", "缺货", "涨价", "涨价", "下架", "其他");
    static final int[] CHURN_LAST_DAYS = {7, 9, 10, 14, 16, 21};
    static final int[] CHURN_ORDERS = {4, 3, 3, 2, 2, 2};
    static final int CHURN_HIGH_VALUE = 2;
    /** G7 targets 0.35, 0.50, 0.75 of b_s = 12: quantities per day on [Y−6, Y]. */
    static final int[] SALES_DROP_QTY = {8, 6, 3};
    /** G8 targets in percentage points. */
    static final int[] MARGIN_DROP_PP = {6, 12, 25};
    /** G9 last-sale offsets: new 3, ongoing 2, severe 1. */
    static final int[] SLOW_LAST_SALE_OFFSET = {3, 3, 3, 7, 7, 15};
    /** G10 previous-sale offsets (N1, N2) and none (N3). */
    static final int[] NEW_PREVIOUS_OFFSET = {10, 20, -1};

    final StoreIdentity identity;
    final LocalDate referenceDate;
    final LocalDate firstDate;
    final List<Sku> skus;
    final PlantRole[] roles;
    /** History-template units per day (b_s); fixed quantities for template-dedicated SKUs; 0 outside. */
    final int[] baseQty;
    /** Popularity rank (1 = top seller) of the ranked SKUs, 0 for the others. */
    final int[] rank;

    int smallBag;
    int largeBag;
    final List<Integer> stockouts = new ArrayList<>();
    final List<Integer> belowCost = new ArrayList<>();
    final List<Integer> marginDrops = new ArrayList<>();
    final List<Integer> salesDrops = new ArrayList<>();
    int priceRise = -1;
    int priceCut = -1;
    int hotA = -1;
    int hotB = -1;
    int hotC = -1;
    final List<Integer> slowMovers = new ArrayList<>();
    final List<Integer> newProducts = new ArrayList<>();
    int delisted = -1;
    int churnOther = -1;
    String renamedName;
    /** Stock printed on the last line of each G9 SKU. */
    final int[] slowFinalStock = new int[6];
    /** Stock after the last line of each G10 SKU. */
    final int[] newFinalStock = new int[3];
    final List<ChurnCustomer> churnCustomers = new ArrayList<>();

    StorePlan(StoreIdentity identity, LocalDate referenceDate, LocalDate firstDate, List<Sku> skus) {
        this.identity = identity;
        this.referenceDate = referenceDate;
        this.firstDate = firstDate;
        this.skus = skus;
        this.roles = new PlantRole[skus.size()];
        this.baseQty = new int[skus.size()];
        this.rank = new int[skus.size()];
    }

    Sku sku(int index) {
        return skus.get(index);
    }

    PlantRole role(int index) {
        return roles[index];
    }

    /** G6: the first ⌈k/2⌉ SKUs are severe (0.70 × unit cost), the others mild (0.95 ×). */
    boolean severeBelowCost(int sku) {
        return belowCost.indexOf(sku) < (belowCost.size() + 1) / 2;
    }

    /** G3: the first ⌈k/3⌉ SKUs are out of stock on Y−2, Y−1 and Y. */
    boolean persistentStockout(int sku) {
        return stockouts.indexOf(sku) < (stockouts.size() + 2) / 3;
    }

    /** The product name printed on a line of this SKU on that date (H-b is renamed from Y−10). */
    String nameOn(int sku, LocalDate date) {
        if (sku == hotB && !date.isBefore(referenceDate.minusDays(10))) {
            return renamedName;
        }
        return skus.get(sku).name();
    }

    /** One churn customer of G4 and its orders. */
    static final class ChurnCustomer {
        final int j;
        final String reason;
        /** The target SKU: a G3 SKU, G11 A, the delisted SKU or the quiet 其他 SKU. */
        final int targetSku;
        final int lastDays;
        final LocalDate[] days;
        /** Template baskets replayed for the customer's orders, in date order (set by the template builder). */
        final int[] baskets;
        /** Index of the customer's address in the store's address space. */
        final long addressIndex;
        /** The address written with 栋 and 单元 (set when the store's addresses exist). */
        String address;

        ChurnCustomer(int j, String reason, int targetSku, int lastDays, LocalDate[] days, long addressIndex) {
            this.j = j;
            this.reason = reason;
            this.targetSku = targetSku;
            this.lastDays = lastDays;
            this.days = days;
            this.baskets = new int[days.length];
            this.addressIndex = addressIndex;
        }

        boolean highValue() {
            return j < CHURN_HIGH_VALUE;
        }
    }
}
