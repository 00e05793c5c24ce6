package com.storeboard.importing;

import java.util.List;
import java.util.Locale;

/**
 * The 37 business columns of an order line (DATA.md §1.1), in their canonical order, with the headers the
 * importer accepts (§1.2) and how each cell is parsed.
 */
enum Field {
    ORDER_ID("订单ID", "orderId", Kind.ID, 100, true, true, List.of("订单号")),
    ORDER_NUMBER("订单编号", "orderNumber", Kind.ID, 100, true, false, List.of()),
    ORDER_TIME("日期", "orderTime", Kind.DATE_TIME, 0, true, true, List.of("下单时间", "采集时间")),
    STORE_NAME("门店名称", "storeName", Kind.NAME, 200, true, true, List.of("门店")),
    STORE_ID("门店ID", "storeId", Kind.ID, 100, true, false, List.of()),
    CITY("城市名称", "city", Kind.TEXT, 100, true, false, List.of()),
    CHANNEL("渠道", "channel", Kind.NAME, 50, true, false, List.of("平台", "订单渠道")),
    DELIVERY_PLATFORM("配送平台", "deliveryPlatform", Kind.TEXT, 100, true, false, List.of()),
    ADDRESS("收货地址", "address", Kind.TEXT, 500, true, false, List.of()),
    DISTANCE("配送距离", "distanceM", Kind.DISTANCE, 0, true, false, List.of()),
    PRODUCT_NAME("商品名称", "productName", Kind.NAME, 200, false, true, List.of()),
    STORE_CODE("店内码", "storeCode", Kind.ID, 64, false, false, List.of()),
    BARCODE("条码", "barcode", Kind.ID, 64, false, false, List.of()),
    CATEGORY_L1("一级分类名", "categoryL1", Kind.NAME, 50, false, false, List.of("美团一级分类")),
    CATEGORY_L3("三级分类名", "categoryL3", Kind.NAME, 50, false, false, List.of()),
    QUANTITY("月售", "quantity", Kind.QUANTITY, 0, false, true, List.of("销量", "月销量", "销售数量")),
    SALE_PRICE("商品实售价", "salePrice", Kind.PRICE, 0, false, false, List.of("售价")),
    ORIGINAL_PRICE("商品原价", "originalPrice", Kind.PRICE, 0, false, false, List.of()),
    RECEIVED_PRICE("实收价格", "receivedPrice", Kind.PRICE, 0, false, false, List.of()),
    LINE_COST("商品采购成本", "lineCost", Kind.MONEY_NON_NEGATIVE, 0, false, false, List.of("成本")),
    GROSS_PROFIT("利润额", "grossProfit", Kind.MONEY, 0, false, false, List.of()),
    PLATFORM_SERVICE_FEE("平台服务费", "platformServiceFee", Kind.MONEY, 0, false, false, List.of()),
    CORPORATE_REBATE("企客后返", "corporateRebate", Kind.MONEY, 0, false, false, List.of()),
    EXPECTED_INCOME("预计订单收入", "expectedIncome", Kind.MONEY, 0, false, false, List.of()),
    STOCK("库存", "stock", Kind.STOCK, 0, false, false, List.of("剩余库存")),
    DELIVERY_FEE("物流配送费", "deliveryFee", Kind.MONEY, 0, true, false, List.of()),
    USER_PAID_DELIVERY_FEE("用户支付配送费", "userPaidDeliveryFee", Kind.MONEY, 0, true, false, List.of()),
    DELIVERY_FEE_DISCOUNT("配送费减免金额", "deliveryFeeDiscount", Kind.MONEY, 0, true, false, List.of()),
    COMMISSION("平台佣金", "commission", Kind.MONEY, 0, true, false, List.of()),
    FULL_REDUCTION_DISCOUNT("满减金额", "fullReductionDiscount", Kind.MONEY, 0, true, false, List.of()),
    PRODUCT_DISCOUNT("商品减免金额", "productDiscount", Kind.MONEY, 0, true, false, List.of()),
    NEW_CUSTOMER_DISCOUNT("新客减免金额", "newCustomerDiscount", Kind.MONEY, 0, true, false, List.of()),
    MERCHANT_VOUCHER("商家代金券", "merchantVoucher", Kind.MONEY, 0, true, false, List.of()),
    MERCHANT_COUPON_SHARE("商家承担部分券", "merchantCouponShare", Kind.MONEY, 0, true, false, List.of()),
    GIFT_VALUE("满赠金额", "giftValue", Kind.MONEY, 0, true, false, List.of()),
    OTHER_MERCHANT_DISCOUNT("商家其他优惠", "otherMerchantDiscount", Kind.MONEY, 0, true, false, List.of()),
    PACKAGING_FEE("打包袋金额", "packagingFee", Kind.MONEY, 0, true, false, List.of());

    /** How a cell is normalised and parsed (DATA.md §0.4, §4.3). */
    enum Kind {
        /** Identifier text: trimmed, inner whitespace removed, XLSX numbers as plain integers. */
        ID,
        /** Names (商品名称, 门店名称, 渠道, categories): trimmed, inner whitespace runs collapsed. */
        NAME,
        /** Other text: trimmed only. */
        TEXT,
        DATE_TIME,
        QUANTITY,
        /** A unit price: money ≥ 0, under the configured ceiling. */
        PRICE,
        MONEY_NON_NEGATIVE,
        /** Money of any sign. */
        MONEY,
        /** Decimal with at most 3 places, any sign. */
        STOCK,
        /** Kilometres or metres, decided per file (§4.4); ≥ 0. */
        DISTANCE
    }

    private final String header;
    private final String englishName;
    private final Kind kind;
    private final int maxLength;
    private final boolean orderLevel;
    private final boolean required;
    private final List<String> synonyms;

    Field(String header, String englishName, Kind kind, int maxLength, boolean orderLevel, boolean required,
            List<String> synonyms) {
        this.header = header;
        this.englishName = englishName;
        this.kind = kind;
        this.maxLength = maxLength;
        this.orderLevel = orderLevel;
        this.required = required;
        this.synonyms = synonyms;
    }

    /** The canonical Chinese header. */
    String header() {
        return header;
    }

    String englishName() {
        return englishName;
    }

    Kind kind() {
        return kind;
    }

    int maxLength() {
        return maxLength;
    }

    /** Level O of §1.1: the same value repeats on every line of the order. */
    boolean orderLevel() {
        return orderLevel;
    }

    /** Level R of §1.1: header and value must be present. */
    boolean required() {
        return required;
    }

    /**
     * The priority of a header text (already NFKC-normalised and trimmed; Latin letters compared without case)
     * for this field: 0 for the canonical header, 1… for the synonyms in their
     * order, then the English name; -1 when the text does not name this field.
     */
    int priorityOf(String normalisedHeader) {
        String wanted = normalisedHeader.toLowerCase(Locale.ROOT);
        if (header.toLowerCase(Locale.ROOT).equals(wanted)) {
            return 0;
        }
        for (int i = 0; i < synonyms.size(); i++) {
            if (synonyms.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
                return i + 1;
            }
        }
        return englishName.toLowerCase(Locale.ROOT).equals(wanted) ? synonyms.size() + 1 : -1;
    }
}
