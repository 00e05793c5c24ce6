package com.storeboard.diagnosis;

import com.storeboard.orders.Digests;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * The order lines of one scope, held as columns of primitives: what every card reads. Built once per
 * diagnosis by {@link ScopeDataBuilder}; immutable afterwards.
 *
 * <p>Orders keep their lines contiguous ({@link #lineStart}); within an order the lines are in canonical order
 * (DATA.md §1.6). {@link #orderRank} orders the orders canonically, so line i precedes line j canonically when
 * its order's rank is lower, or, in the same order, when i &lt; j. Only lines of orders inside the horizon are
 * kept; invalid orders (§3.10) are kept with {@link #valid} false so that they can be counted, and nothing else
 * may read them.
 */
public final class ScopeData {

    // --- stores and dictionaries -------------------------------------------------------------------
    /** Store names, sorted by code point, so that a store index compares like its name. */
    final String[] stores;
    final String[] channels;
    /** Display attributes of lines: [productName, storeCode, barcode, categoryL1, categoryL3]. */
    final String[][] attributes;

    // --- products (store, productKey) ----------------------------------------------------------------
    final int productCount;
    final int[] productStore;
    final String[] productKey;
    /** The product's latest line among valid lines in the horizon (its display attributes); -1 if none. */
    final int[] productLatestLine;
    final boolean[] consumable;

    // --- orders ----------------------------------------------------------------------------------------
    final int orderCount;
    final int[] orderStore;
    final TextColumn orderId;
    final TextColumn orderNumber;
    /** Store-local order time as seconds since 1970-01-01T00:00 (no zone). */
    final long[] orderTime;
    /** Day index (date − {@link #baseDate}). */
    final int[] orderDay;
    final int[] orderChannel;
    final TextColumn address;
    /** Index of the customer key (DATA.md §1.5) in {@link #addressKeys}; -1 without an address. */
    final int[] addressKey;
    final TextColumn addressKeys;
    /** Metres, or {@link Integer#MIN_VALUE} when unknown. */
    final int[] distanceM;
    final LongColumn deliveryFee;
    final LongColumn userPaidDeliveryFee;
    final LongColumn deliveryFeeDiscount;
    /** 活动成本 (DATA.md §3.4): the seven activity fields of the first line. */
    final LongColumn activityCost;
    final LongColumn revenue;
    final LongColumn lineCostTotal;
    final LongColumn grossProfitTotal;
    final LongColumn serviceFeeTotal;
    final boolean[] serviceFeeKnown;
    final LongColumn rebateTotal;
    final int[] quantityTotal;
    final boolean[] valid;
    /** Lines of order o are [lineStart[o], lineStart[o + 1]). */
    final int[] lineStart;
    /** Canonical rank of each order (DATA.md §1.6). */
    final int[] orderRank;

    // --- lines -----------------------------------------------------------------------------------------
    final int lineCount;
    final int[] lineOrder;
    final int[] lineProduct;
    final int[] lineQty;
    final int[] lineAttributes;
    final LongColumn salePrice;
    final LongColumn originalPrice;
    final LongColumn receivedPrice;
    final LongColumn lineCost;
    final LongColumn grossProfit;
    /** Stock in money units (×10⁴), or {@link Money#NULL} when unknown. */
    final LongColumn stock;

    // --- time --------------------------------------------------------------------------------------------
    /** Day 0 of every day index: the first day of the horizon. */
    final LocalDate baseDate;
    /** Y, the reference date, or null when the scope has no valid order. */
    final LocalDate referenceDate;
    /** The earliest date with stored data of the scope's stores (may lie before the horizon). */
    final LocalDate earliestStoredDate;

    ScopeData(ScopeDataBuilder.Built b) {
        this.stores = b.stores;
        this.channels = b.channels;
        this.attributes = b.attributes;
        this.productCount = b.productCount;
        this.productStore = b.productStore;
        this.productKey = b.productKey;
        this.productLatestLine = b.productLatestLine;
        this.consumable = b.consumable;
        this.orderCount = b.orderCount;
        this.orderStore = b.orderStore;
        this.orderId = b.orderId;
        this.orderNumber = b.orderNumber;
        this.orderTime = b.orderTime;
        this.orderDay = b.orderDay;
        this.orderChannel = b.orderChannel;
        this.address = b.address;
        this.addressKey = b.addressKey;
        this.addressKeys = b.addressKeys;
        this.distanceM = b.distanceM;
        this.deliveryFee = b.deliveryFee;
        this.userPaidDeliveryFee = b.userPaidDeliveryFee;
        this.deliveryFeeDiscount = b.deliveryFeeDiscount;
        this.activityCost = b.activityCost;
        this.revenue = b.revenue;
        this.lineCostTotal = b.lineCostTotal;
        this.grossProfitTotal = b.grossProfitTotal;
        this.serviceFeeTotal = b.serviceFeeTotal;
        this.serviceFeeKnown = b.serviceFeeKnown;
        this.rebateTotal = b.rebateTotal;
        this.quantityTotal = b.quantityTotal;
        this.valid = b.valid;
        this.lineStart = b.lineStart;
        this.orderRank = b.orderRank;
        this.lineCount = b.lineCount;
        this.lineOrder = b.lineOrder;
        this.lineProduct = b.lineProduct;
        this.lineQty = b.lineQty;
        this.lineAttributes = b.lineAttributes;
        this.salePrice = b.salePrice;
        this.originalPrice = b.originalPrice;
        this.receivedPrice = b.receivedPrice;
        this.lineCost = b.lineCost;
        this.grossProfit = b.grossProfit;
        this.stock = b.stock;
        this.baseDate = b.baseDate;
        this.referenceDate = b.referenceDate;
        this.earliestStoredDate = b.earliestStoredDate;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    public int orderCount() {
        return orderCount;
    }

    public int lineCount() {
        return lineCount;
    }

    // --- convenience accessors used by the cards --------------------------------------------------------

    String orderId(int order) {
        return orderId.get(order);
    }

    String orderNumber(int order) {
        return orderNumber.get(order);
    }

    String address(int order) {
        return address.get(order);
    }

    /** The customer key (normalised address, DATA.md §1.5) with the given index. */
    String customerKey(int key) {
        return addressKeys.get(key);
    }

    int customerCount() {
        return addressKeys.size();
    }

    LocalDate date(int day) {
        return baseDate.plusDays(day);
    }

    int day(LocalDate date) {
        return (int) (date.toEpochDay() - baseDate.toEpochDay());
    }

    LocalDateTime time(int order) {
        return LocalDateTime.ofEpochSecond(orderTime[order], 0, java.time.ZoneOffset.UTC);
    }

    int hour(int order) {
        return (int) Math.floorMod(orderTime[order], 86_400L) / 3600;
    }

    String storeName(int order) {
        return stores[orderStore[order]];
    }

    String channel(int order) {
        return channels[orderChannel[order]];
    }

    /** 订单实际利润 (DATA.md §3.2). */
    long orderProfit(int o) {
        return grossProfitTotal.get(o) - serviceFeeTotal.get(o) - deliveryFee.get(o) + rebateTotal.get(o);
    }

    /** 配送净成本 (DATA.md §3.3). */
    long netDeliveryCost(int o) {
        return deliveryFee.get(o) - (userPaidDeliveryFee.get(o) - deliveryFeeDiscount.get(o)) - rebateTotal.get(o);
    }

    /** 穿底 (DATA.md §3.9). */
    boolean isLoss(int o) {
        return orderProfit(o) < 0 && grossProfitTotal.get(o) != 0;
    }

    String productName(int product) {
        return attributes[lineAttributes[productLatestLine[product]]][0];
    }

    String lineProductName(int line) {
        return attributes[lineAttributes[line]][0];
    }

    String[] productAttributes(int product) {
        return attributes[lineAttributes[productLatestLine[product]]];
    }

    /** Whether line i comes before line j in canonical line order (DATA.md §1.6). */
    boolean canonicallyBefore(int i, int j) {
        int ri = orderRank[lineOrder[i]];
        int rj = orderRank[lineOrder[j]];
        return ri != rj ? ri < rj : i < j;
    }

    /** Orders compared as §1.7 breaks ties: store name, then 订单ID, by code point. */
    int compareOrders(int a, int b) {
        int byStore = Integer.compare(orderStore[a], orderStore[b]);
        return byStore != 0 ? byStore : orderId.compare(a, b);
    }

    /** Products compared as §1.7 breaks ties: store name, then productKey, by code point. */
    int compareProducts(int a, int b) {
        int byStore = Integer.compare(productStore[a], productStore[b]);
        return byStore != 0 ? byStore : Digests.CODE_POINT_ORDER.compare(productKey[a], productKey[b]);
    }

    int[] validOrders() {
        int n = 0;
        for (int o = 0; o < orderCount; o++) {
            if (valid[o]) {
                n++;
            }
        }
        int[] result = new int[n];
        int k = 0;
        for (int o = 0; o < orderCount; o++) {
            if (valid[o]) {
                result[k++] = o;
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "ScopeData[" + stores.length + " stores, " + orderCount + " orders, " + lineCount + " lines, Y="
                + referenceDate + ", base=" + baseDate + ", products=" + productCount + "]" + Arrays.toString(stores);
    }
}
