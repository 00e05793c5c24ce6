package com.storeboard.generator;

/**
 * One catalogue item of a store. Prices and the unit cost are in cents; 商品采购成本 of a line is
 * unitCost × 月售. The product key follows DATA.md §1.4.
 */
record Sku(
        int index,
        String name,
        String storeCode,
        String barcode,
        Category category,
        String categoryL3,
        long salePrice,
        long originalPrice,
        long unitCost,
        int marginBp) {

    String productKey() {
        if (storeCode != null) {
            return "C:" + storeCode;
        }
        if (barcode != null) {
            return "B:" + barcode;
        }
        return "N:" + name;
    }

    /** Smallest 实收价格 that keeps 1.05 × unit cost (invariant Q4). */
    long minReceivedPrice() {
        return Cents.ceil(unitCost * 105, 100);
    }
}
