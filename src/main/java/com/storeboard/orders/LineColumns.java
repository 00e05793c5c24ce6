package com.storeboard.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

/**
 * The values of one stored line that the diagnosis reads, money as exact {@code long} units of 0.0001 CNY (the
 * database keeps at most 4 decimals). A reused flyweight: readers fill it line after line, so that millions of
 * lines cost no object each.
 */
public final class LineColumns {

    /** Decimals of stored money; one unit is 10^−MONEY_SCALE CNY. */
    public static final int MONEY_SCALE = 4;
    /** An unknown amount (平台服务费, 库存). */
    public static final long NULL = Long.MIN_VALUE;
    /** An unknown 配送距离. */
    public static final int NO_DISTANCE = Integer.MIN_VALUE;

    public String storeName;
    public String orderId;
    public String orderNumber;
    public LocalDateTime orderTime;
    public String channel;
    public String address;
    /** Metres, or {@link #NO_DISTANCE}. */
    public int distanceM;
    public String productKey;
    public String productName;
    public String storeCode;
    public String barcode;
    public String categoryL1;
    public String categoryL3;
    public int quantity;
    public long salePrice;
    public long originalPrice;
    public long receivedPrice;
    public long lineCost;
    public long grossProfit;
    /** {@link #NULL} when unknown. */
    public long platformServiceFee;
    public long corporateRebate;
    /** {@link #NULL} when unknown. */
    public long stock;
    public long deliveryFee;
    public long userPaidDeliveryFee;
    public long deliveryFeeDiscount;
    /** Σ of the seven merchant activity fields (DATA.md §3.4). */
    public long activityCost;

    /** Exact units of a stored amount (at most {@link #MONEY_SCALE} decimals). */
    public static long units(BigDecimal value) {
        return value.movePointRight(MONEY_SCALE).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /** These columns of a stored line. */
    public LineColumns of(OrderLine line) {
        storeName = line.storeName();
        orderId = line.orderId();
        orderNumber = line.orderNumber();
        orderTime = line.orderTime();
        channel = line.channel();
        address = line.address();
        distanceM = line.distanceM() == null ? NO_DISTANCE : line.distanceM();
        productKey = line.productKey();
        productName = line.productName();
        storeCode = line.storeCode();
        barcode = line.barcode();
        categoryL1 = line.categoryL1();
        categoryL3 = line.categoryL3();
        quantity = line.quantity();
        salePrice = units(line.salePrice());
        originalPrice = units(line.originalPrice());
        receivedPrice = units(line.receivedPrice());
        lineCost = units(line.lineCost());
        grossProfit = units(line.grossProfit());
        platformServiceFee = line.platformServiceFee() == null ? NULL : units(line.platformServiceFee());
        corporateRebate = units(line.corporateRebate());
        stock = line.stock() == null ? NULL : units(line.stock());
        deliveryFee = units(line.deliveryFee());
        userPaidDeliveryFee = units(line.userPaidDeliveryFee());
        deliveryFeeDiscount = units(line.deliveryFeeDiscount());
        activityCost = units(line.fullReductionDiscount().add(line.productDiscount()).add(line.newCustomerDiscount())
                .add(line.merchantVoucher()).add(line.merchantCouponShare()).add(line.giftValue())
                .add(line.otherMerchantDiscount()));
        return this;
    }
}
