package com.storeboard.generator;

import com.storeboard.orders.OrderLine;
import java.util.function.Function;

/**
 * The 37 columns of the generated files in the order of DATA.md §1.1, with the canonical header, the synonym
 * header written for store 2 (§1.2, §5.8) and how the value is written.
 */
enum Column {
    ORDER_ID("订单ID", "订单号", Kind.TEXT, OrderLine::orderId),
    ORDER_NUMBER("订单编号", null, Kind.TEXT, OrderLine::orderNumber),
    ORDER_TIME("日期", "下单时间", Kind.DATE_TIME, OrderLine::orderTime),
    STORE_NAME("门店名称", "门店", Kind.TEXT, OrderLine::storeName),
    STORE_ID("门店ID", null, Kind.TEXT, OrderLine::storeId),
    CITY("城市名称", null, Kind.TEXT, OrderLine::city),
    CHANNEL("渠道", "平台", Kind.TEXT, OrderLine::channel),
    DELIVERY_PLATFORM("配送平台", null, Kind.TEXT, OrderLine::deliveryPlatform),
    ADDRESS("收货地址", null, Kind.TEXT, OrderLine::address),
    DISTANCE("配送距离", null, Kind.DISTANCE, OrderLine::distanceM),
    PRODUCT_NAME("商品名称", null, Kind.TEXT, OrderLine::productName),
    STORE_CODE("店内码", null, Kind.TEXT, OrderLine::storeCode),
    BARCODE("条码", null, Kind.TEXT, OrderLine::barcode),
    CATEGORY_L1("一级分类名", "美团一级分类", Kind.TEXT, OrderLine::categoryL1),
    CATEGORY_L3("三级分类名", null, Kind.TEXT, OrderLine::categoryL3),
    QUANTITY("月售", "销量", Kind.INTEGER, OrderLine::quantity),
    SALE_PRICE("商品实售价", "售价", Kind.MONEY, OrderLine::salePrice),
    ORIGINAL_PRICE("商品原价", null, Kind.MONEY, OrderLine::originalPrice),
    RECEIVED_PRICE("实收价格", null, Kind.MONEY, OrderLine::receivedPrice),
    LINE_COST("商品采购成本", "成本", Kind.MONEY, OrderLine::lineCost),
    GROSS_PROFIT("利润额", null, Kind.MONEY, OrderLine::grossProfit),
    SERVICE_FEE("平台服务费", null, Kind.MONEY, OrderLine::platformServiceFee),
    REBATE("企客后返", null, Kind.MONEY, OrderLine::corporateRebate),
    EXPECTED_INCOME("预计订单收入", null, Kind.MONEY, OrderLine::expectedIncome),
    STOCK("库存", "剩余库存", Kind.STOCK, OrderLine::stock),
    DELIVERY_FEE("物流配送费", null, Kind.MONEY, OrderLine::deliveryFee),
    USER_PAID_DELIVERY_FEE("用户支付配送费", null, Kind.MONEY, OrderLine::userPaidDeliveryFee),
    DELIVERY_FEE_DISCOUNT("配送费减免金额", null, Kind.MONEY, OrderLine::deliveryFeeDiscount),
    COMMISSION("平台佣金", null, Kind.MONEY, OrderLine::commission),
    FULL_REDUCTION("满减金额", null, Kind.MONEY, OrderLine::fullReductionDiscount),
    PRODUCT_DISCOUNT("商品减免金额", null, Kind.MONEY, OrderLine::productDiscount),
    NEW_CUSTOMER("新客减免金额", null, Kind.MONEY, OrderLine::newCustomerDiscount),
    MERCHANT_VOUCHER("商家代金券", null, Kind.MONEY, OrderLine::merchantVoucher),
    MERCHANT_COUPON_SHARE("商家承担部分券", null, Kind.MONEY, OrderLine::merchantCouponShare),
    GIFT_VALUE("满赠金额", null, Kind.MONEY, OrderLine::giftValue),
    OTHER_DISCOUNT("商家其他优惠", null, Kind.MONEY, OrderLine::otherMerchantDiscount),
    PACKAGING_FEE("打包袋金额", null, Kind.MONEY, OrderLine::packagingFee);

    /** How a column's value is written. */
    enum Kind { TEXT, DATE_TIME, INTEGER, MONEY, STOCK, DISTANCE }

    private final String canonical;
    private final String synonym;
    private final Kind kind;
    private final Function<OrderLine, Object> value;

    Column(String canonical, String synonym, Kind kind, Function<OrderLine, Object> value) {
        this.canonical = canonical;
        this.synonym = synonym;
        this.kind = kind;
        this.value = value;
    }

    String header(boolean synonyms) {
        return synonyms && synonym != null ? synonym : canonical;
    }

    Kind kind() {
        return kind;
    }

    Object value(OrderLine line) {
        return value.apply(line);
    }
}
