package com.storeboard.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One stored order line (订单行, DATA.md §1.1): the 37 business fields after defaults, plus the technical
 * fields productKey, lineOrdinal and costKnown. Money is exact; nullable fields are the ones the spec lets
 * be unknown. Import metadata (import id, source file and row) is kept apart, in {@link LineSource}.
 */
public record OrderLine(
        String orderId,
        String orderNumber,
        LocalDateTime orderTime,
        String storeName,
        String storeId,
        String city,
        String channel,
        String deliveryPlatform,
        String address,
        Integer distanceM,
        String productName,
        String storeCode,
        String barcode,
        String categoryL1,
        String categoryL3,
        int quantity,
        BigDecimal salePrice,
        BigDecimal originalPrice,
        BigDecimal receivedPrice,
        BigDecimal lineCost,
        BigDecimal grossProfit,
        BigDecimal platformServiceFee,
        BigDecimal corporateRebate,
        BigDecimal expectedIncome,
        BigDecimal stock,
        BigDecimal deliveryFee,
        BigDecimal userPaidDeliveryFee,
        BigDecimal deliveryFeeDiscount,
        BigDecimal commission,
        BigDecimal fullReductionDiscount,
        BigDecimal productDiscount,
        BigDecimal newCustomerDiscount,
        BigDecimal merchantVoucher,
        BigDecimal merchantCouponShare,
        BigDecimal giftValue,
        BigDecimal otherMerchantDiscount,
        BigDecimal packagingFee,
        String productKey,
        int lineOrdinal,
        boolean costKnown) {

    public OrderLine {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(orderTime, "orderTime");
        Objects.requireNonNull(storeName, "storeName");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(productKey, "productKey");
    }

    /** The partition date (DATA.md §4.11). */
    public LocalDate orderDate() {
        return orderTime.toLocalDate();
    }

    /** 实收价格 × 月售 (DATA.md §3.1). */
    public BigDecimal revenue() {
        return receivedPrice.multiply(BigDecimal.valueOf(quantity));
    }

    /**
     * The product key of DATA.md §1.4: first non-blank of 店内码, 条码, 商品名称, prefixed so that a 店内码 and
     * a 条码 with the same digits stay distinct.
     */
    public static String productKeyOf(String storeCode, String barcode, String productName) {
        if (storeCode != null) {
            return "C:" + storeCode;
        }
        if (barcode != null) {
            return "B:" + barcode;
        }
        return "N:" + productName;
    }
}
