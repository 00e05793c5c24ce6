package com.storeboard.generator;

import com.storeboard.orders.OrderLine;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One generated order line: the 37 business fields of DATA.md §1.1 in order, typed as the importer stores them
 * (money with scale 2, 库存 as a whole number, 配送距离 in metres), plus the product key and line ordinal. The
 * file sinks format it; a direct sink can store {@link #toOrderLine()}.
 */
public record GeneratedLine(
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
        int lineOrdinal) {

    /** The stored record that importing this line from a generated file gives (every cost is known). */
    public OrderLine toOrderLine() {
        return new OrderLine(orderId, orderNumber, orderTime, storeName, storeId, city, channel, deliveryPlatform,
                address, distanceM, productName, storeCode, barcode, categoryL1, categoryL3, quantity, salePrice,
                originalPrice, receivedPrice, lineCost, grossProfit, platformServiceFee, corporateRebate,
                expectedIncome, stock, deliveryFee, userPaidDeliveryFee, deliveryFeeDiscount, commission,
                fullReductionDiscount, productDiscount, newCustomerDiscount, merchantVoucher, merchantCouponShare,
                giftValue, otherMerchantDiscount, packagingFee, productKey, lineOrdinal, true);
    }
}
