package com.storeboard.diagnosis.model;

/**
 * The identity and display attributes every product-level row starts with (DIAGNOSIS.md §2, "…ProductId"): the
 * product is (storeName, productKey); the rest is from its latest line (§1.2).
 */
public record ProductId(String storeName, String productKey, String productName, String storeCode, String barcode,
        String categoryL1, String categoryL3) {
}
