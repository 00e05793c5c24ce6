package com.storeboard.importing;

import com.storeboard.orders.OrderLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

/**
 * A parsed line with defaults applied (DATA.md §1.3), waiting for what only the whole batch knows: its line
 * ordinal and, for 配送距离, the file's unit (§4.4).
 */
final class LineDraft {

    static final BigDecimal ZERO = new BigDecimal("0.00");
    static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    int fileIndex;
    int row;
    String orderId;
    String orderNumber;
    LocalDateTime orderTime;
    String storeName;
    String storeId;
    String city;
    String channel;
    String deliveryPlatform;
    String address;
    /** 配送距离 as written: kilometres or metres until the file's median decides. */
    BigDecimal distance;
    String productName;
    String storeCode;
    String barcode;
    String categoryL1;
    String categoryL3;
    int quantity;
    BigDecimal salePrice;
    BigDecimal originalPrice;
    BigDecimal receivedPrice;
    BigDecimal lineCost;
    BigDecimal grossProfit;
    BigDecimal platformServiceFee;
    BigDecimal corporateRebate;
    BigDecimal expectedIncome;
    BigDecimal stock;
    BigDecimal deliveryFee;
    BigDecimal userPaidDeliveryFee;
    BigDecimal deliveryFeeDiscount;
    BigDecimal commission;
    BigDecimal fullReductionDiscount;
    BigDecimal productDiscount;
    BigDecimal newCustomerDiscount;
    BigDecimal merchantVoucher;
    BigDecimal merchantCouponShare;
    BigDecimal giftValue;
    BigDecimal otherMerchantDiscount;
    BigDecimal packagingFee;
    String productKey;
    int lineOrdinal;
    boolean costKnown;

    /** The stored line; distances in kilometres are converted to metres, rounded HALF_UP. */
    OrderLine toOrderLine(boolean kilometres) {
        Integer distanceM = null;
        if (distance != null) {
            BigDecimal metres = kilometres ? distance.multiply(THOUSAND) : distance;
            distanceM = metres.setScale(0, RoundingMode.HALF_UP).intValueExact();
        }
        return new OrderLine(orderId, orderNumber, orderTime, storeName, storeId, city, channel, deliveryPlatform, address,
                distanceM, productName, storeCode, barcode, categoryL1, categoryL3, quantity, salePrice, originalPrice,
                receivedPrice, lineCost, grossProfit, platformServiceFee, corporateRebate, expectedIncome, stock, deliveryFee,
                userPaidDeliveryFee, deliveryFeeDiscount, commission, fullReductionDiscount, productDiscount,
                newCustomerDiscount, merchantVoucher, merchantCouponShare, giftValue, otherMerchantDiscount, packagingFee,
                productKey, lineOrdinal, costKnown);
    }
}
