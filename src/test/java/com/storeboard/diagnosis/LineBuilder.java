package com.storeboard.diagnosis;

import com.storeboard.orders.OrderLine;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Hand-made order lines for engine tests, as the importer would store them: set what a test cares about; the
 * rest takes the import defaults (DATA.md §1.3). Order-level values are repeated on every line, as in files.
 */
final class LineBuilder {

    private String orderId = "1";
    private String orderNumber;
    private LocalDateTime time = LocalDateTime.of(2025, 12, 20, 12, 0);
    private String store = "示例便利店（滨江店）";
    private String channel = "美团闪购";
    private String address;
    private Integer distanceM;
    private String productName = "商品";
    private String storeCode;
    private String barcode;
    private String categoryL1 = "饮料";
    private String categoryL3;
    private int quantity = 1;
    private BigDecimal originalPrice;
    private BigDecimal salePrice = new BigDecimal("1.00");
    private BigDecimal receivedPrice;
    private BigDecimal lineCost;
    private BigDecimal grossProfit;
    private BigDecimal serviceFee = new BigDecimal("0.10");
    private BigDecimal rebate = BigDecimal.ZERO;
    private BigDecimal stock;
    private BigDecimal deliveryFee = BigDecimal.ZERO;
    private BigDecimal userPaid = BigDecimal.ZERO;
    private BigDecimal feeDiscount = BigDecimal.ZERO;
    private BigDecimal fullReduction = BigDecimal.ZERO;
    private BigDecimal newCustomer = BigDecimal.ZERO;
    private BigDecimal voucher = BigDecimal.ZERO;
    private int ordinal = 1;

    static LineBuilder line() {
        return new LineBuilder();
    }

    LineBuilder order(String id) {
        orderId = id;
        return this;
    }

    LineBuilder number(String value) {
        orderNumber = value;
        return this;
    }

    LineBuilder at(String isoTime) {
        time = LocalDateTime.parse(isoTime.replace(' ', 'T'));
        return this;
    }

    LineBuilder at(LocalDateTime value) {
        time = value;
        return this;
    }

    LineBuilder store(String value) {
        store = value;
        return this;
    }

    LineBuilder channel(String value) {
        channel = value;
        return this;
    }

    LineBuilder address(String value) {
        address = value;
        return this;
    }

    LineBuilder distance(Integer metres) {
        distanceM = metres;
        return this;
    }

    LineBuilder product(String name, String code) {
        productName = name;
        storeCode = code;
        return this;
    }

    LineBuilder barcode(String value) {
        barcode = value;
        return this;
    }

    LineBuilder category(String l1) {
        categoryL1 = l1;
        return this;
    }

    LineBuilder category3(String l3) {
        categoryL3 = l3;
        return this;
    }

    LineBuilder qty(int value) {
        quantity = value;
        return this;
    }

    /** 商品原价, 商品实售价, 实收价格 */
    LineBuilder prices(String original, String sale, String received) {
        originalPrice = new BigDecimal(original);
        salePrice = new BigDecimal(sale);
        receivedPrice = new BigDecimal(received);
        return this;
    }

    /** Line cost and 利润额; a null cost means no cost (利润额 0, costKnown false). */
    LineBuilder cost(String lineCostValue, String profit) {
        lineCost = lineCostValue == null ? null : new BigDecimal(lineCostValue);
        grossProfit = profit == null ? null : new BigDecimal(profit);
        return this;
    }

    LineBuilder fee(String value) {
        serviceFee = value == null ? null : new BigDecimal(value);
        return this;
    }

    LineBuilder rebate(String value) {
        rebate = new BigDecimal(value);
        return this;
    }

    LineBuilder stock(String value) {
        stock = value == null ? null : new BigDecimal(value);
        return this;
    }

    /** 物流配送费, 用户支付配送费, 配送费减免金额 */
    LineBuilder delivery(String fee, String paid, String discount) {
        deliveryFee = new BigDecimal(fee);
        userPaid = new BigDecimal(paid);
        feeDiscount = new BigDecimal(discount);
        return this;
    }

    /** 满减金额, 新客减免金额, 商家代金券 */
    LineBuilder activity(String fullReductionValue, String newCustomerValue, String voucherValue) {
        fullReduction = new BigDecimal(fullReductionValue);
        newCustomer = new BigDecimal(newCustomerValue);
        voucher = new BigDecimal(voucherValue);
        return this;
    }

    LineBuilder ordinal(int value) {
        ordinal = value;
        return this;
    }

    OrderLine build() {
        BigDecimal sale = salePrice;
        BigDecimal received = receivedPrice == null ? sale : receivedPrice;
        BigDecimal original = originalPrice == null ? sale : originalPrice;
        boolean costKnown = lineCost != null;
        BigDecimal cost = costKnown ? lineCost : BigDecimal.ZERO;
        BigDecimal profit = grossProfit != null ? grossProfit
                : costKnown ? received.multiply(BigDecimal.valueOf(quantity)).subtract(cost) : BigDecimal.ZERO;
        return new OrderLine(orderId, orderNumber, time, store, null, null, channel, null, address, distanceM, productName,
                storeCode, barcode, categoryL1, categoryL3, quantity, sale, original, received, cost, profit, serviceFee, rebate,
                BigDecimal.ZERO, stock, deliveryFee, userPaid, feeDiscount, null, fullReduction, BigDecimal.ZERO, newCustomer,
                voucher, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                OrderLine.productKeyOf(storeCode, barcode, productName), ordinal, costKnown);
    }
}
