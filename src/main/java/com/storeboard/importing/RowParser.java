package com.storeboard.importing;

import com.storeboard.importing.Cells.Parsed;
import com.storeboard.orders.OrderLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one source row into a {@link LineDraft} with the defaults of DATA.md §1.3, collecting every row-level
 * problem (§4.5) and warning; the cross-row checks are {@link ImportRun}'s.
 */
final class RowParser {

    private static final Set<String> SUMMARY_IDS = Set.of("合计", "总计", "小计");

    /** The order-level fields whose differing values within one order are a warning (§2.2). */
    static final List<Field> CONFLICT_FIELDS = List.of(Field.ORDER_NUMBER, Field.ORDER_TIME, Field.STORE_ID, Field.CITY,
            Field.CHANNEL, Field.DELIVERY_PLATFORM, Field.ADDRESS, Field.DISTANCE, Field.DELIVERY_FEE,
            Field.USER_PAID_DELIVERY_FEE, Field.DELIVERY_FEE_DISCOUNT, Field.COMMISSION, Field.FULL_REDUCTION_DISCOUNT,
            Field.PRODUCT_DISCOUNT, Field.NEW_CUSTOMER_DISCOUNT, Field.MERCHANT_VOUCHER, Field.MERCHANT_COUPON_SHARE,
            Field.GIFT_VALUE, Field.OTHER_MERCHANT_DISCOUNT, Field.PACKAGING_FEE);

    /** What one row gave. */
    static final class Result {
        final LineDraft draft = new LineDraft();
        final List<ImportProblem> errors = new ArrayList<>(2);
        final List<ImportProblem> warnings = new ArrayList<>(0);
        /** Normalised text of each non-blank order-level field, by position in {@link #CONFLICT_FIELDS}. */
        final String[] orderValues = new String[CONFLICT_FIELDS.size()];
        boolean summaryRow;

        boolean valid() {
            return errors.isEmpty();
        }

        /** Store and 订单ID were read, so the row can be tied to its order. */
        boolean hasOrderKey() {
            return draft.storeName != null && draft.orderId != null;
        }
    }

    private final HeaderMapping mapping;
    private final String fileName;
    private final int fileIndex;
    private final String suppliedStoreName;
    private final boolean date1904;
    private final ImportProperties properties;
    private final LocalDate latestAllowedDate;

    RowParser(HeaderMapping mapping, String fileName, int fileIndex, String suppliedStoreName, boolean date1904,
            ImportProperties properties, LocalDate today) {
        this.mapping = mapping;
        this.fileName = fileName;
        this.fileIndex = fileIndex;
        this.suppliedStoreName = suppliedStoreName;
        this.date1904 = date1904;
        this.properties = properties;
        this.latestAllowedDate = today.plusDays(properties.maxFutureDays());
    }

    Result parse(SourceRow row) {
        Result r = new Result();
        LineDraft d = r.draft;
        d.fileIndex = fileIndex;
        d.row = row.number();

        d.orderId = id(row, Field.ORDER_ID, r);
        if (d.orderId != null && SUMMARY_IDS.contains(d.orderId)) {
            r.summaryRow = true;
            return r;
        }
        d.orderNumber = id(row, Field.ORDER_NUMBER, r);
        d.orderTime = dateTime(row, r);
        d.storeName = suppliedStoreName != null ? suppliedStoreName : text(row, Field.STORE_NAME, r);
        d.storeId = id(row, Field.STORE_ID, r);
        d.city = text(row, Field.CITY, r);
        d.channel = text(row, Field.CHANNEL, r);
        d.deliveryPlatform = text(row, Field.DELIVERY_PLATFORM, r);
        d.address = text(row, Field.ADDRESS, r);
        d.distance = decimal(row, Field.DISTANCE, r);
        d.productName = text(row, Field.PRODUCT_NAME, r);
        d.storeCode = id(row, Field.STORE_CODE, r);
        d.barcode = id(row, Field.BARCODE, r);
        d.categoryL1 = text(row, Field.CATEGORY_L1, r);
        d.categoryL3 = text(row, Field.CATEGORY_L3, r);
        Integer quantity = quantity(row, r);
        d.salePrice = decimal(row, Field.SALE_PRICE, r);
        d.originalPrice = decimal(row, Field.ORIGINAL_PRICE, r);
        d.receivedPrice = decimal(row, Field.RECEIVED_PRICE, r);
        d.lineCost = decimal(row, Field.LINE_COST, r);
        d.grossProfit = decimal(row, Field.GROSS_PROFIT, r);
        d.platformServiceFee = decimal(row, Field.PLATFORM_SERVICE_FEE, r);
        d.corporateRebate = decimal(row, Field.CORPORATE_REBATE, r);
        d.expectedIncome = decimal(row, Field.EXPECTED_INCOME, r);
        d.stock = decimal(row, Field.STOCK, r);
        d.deliveryFee = decimal(row, Field.DELIVERY_FEE, r);
        d.userPaidDeliveryFee = decimal(row, Field.USER_PAID_DELIVERY_FEE, r);
        d.deliveryFeeDiscount = decimal(row, Field.DELIVERY_FEE_DISCOUNT, r);
        d.commission = decimal(row, Field.COMMISSION, r);
        d.fullReductionDiscount = decimal(row, Field.FULL_REDUCTION_DISCOUNT, r);
        d.productDiscount = decimal(row, Field.PRODUCT_DISCOUNT, r);
        d.newCustomerDiscount = decimal(row, Field.NEW_CUSTOMER_DISCOUNT, r);
        d.merchantVoucher = decimal(row, Field.MERCHANT_VOUCHER, r);
        d.merchantCouponShare = decimal(row, Field.MERCHANT_COUPON_SHARE, r);
        d.giftValue = decimal(row, Field.GIFT_VALUE, r);
        d.otherMerchantDiscount = decimal(row, Field.OTHER_MERCHANT_DISCOUNT, r);
        d.packagingFee = decimal(row, Field.PACKAGING_FEE, r);

        requireValue(row, Field.ORDER_ID, d.orderId, r);
        requireValue(row, Field.ORDER_TIME, d.orderTime, r);
        if (suppliedStoreName == null) {
            requireValue(row, Field.STORE_NAME, d.storeName, r);
        }
        requireValue(row, Field.PRODUCT_NAME, d.productName, r);
        requireValue(row, Field.QUANTITY, quantity, r);
        if (d.salePrice == null && d.receivedPrice == null && !hasError(r, Field.SALE_PRICE) && !hasError(r, Field.RECEIVED_PRICE)) {
            Field reported = mapping.has(Field.RECEIVED_PRICE) ? Field.RECEIVED_PRICE : Field.SALE_PRICE;
            error(r, row, reported, ImportCode.PRICE_MISSING);
        }
        if (d.orderTime != null && d.orderTime.toLocalDate().isAfter(latestAllowedDate)) {
            error(r, row, Field.ORDER_TIME, ImportCode.DATE_IN_FUTURE, latestAllowedDate.toString());
        }
        rememberOrderValues(r);
        applyDefaults(d, quantity);
        return r;
    }

    /** Row-level defaults (DATA.md §1.1, §1.3). */
    private static void applyDefaults(LineDraft d, Integer quantity) {
        d.quantity = quantity == null ? 0 : quantity;
        if (d.channel == null) {
            d.channel = "未知渠道";
        }
        if (d.categoryL1 == null) {
            d.categoryL1 = "未分类";
        }
        if (d.salePrice == null) {
            d.salePrice = d.receivedPrice;
        }
        if (d.receivedPrice == null) {
            d.receivedPrice = d.salePrice;
        }
        if (d.originalPrice == null) {
            d.originalPrice = d.salePrice;
        }
        d.costKnown = d.lineCost != null;
        if (d.lineCost == null) {
            d.lineCost = LineDraft.ZERO;
        }
        if (d.grossProfit == null) {
            d.grossProfit = d.costKnown && d.receivedPrice != null
                    ? d.receivedPrice.multiply(BigDecimal.valueOf(d.quantity)).subtract(d.lineCost)
                    : LineDraft.ZERO;
        }
        d.corporateRebate = zeroIfNull(d.corporateRebate);
        d.expectedIncome = zeroIfNull(d.expectedIncome);
        d.deliveryFee = zeroIfNull(d.deliveryFee);
        d.userPaidDeliveryFee = zeroIfNull(d.userPaidDeliveryFee);
        d.deliveryFeeDiscount = zeroIfNull(d.deliveryFeeDiscount);
        d.fullReductionDiscount = zeroIfNull(d.fullReductionDiscount);
        d.productDiscount = zeroIfNull(d.productDiscount);
        d.newCustomerDiscount = zeroIfNull(d.newCustomerDiscount);
        d.merchantVoucher = zeroIfNull(d.merchantVoucher);
        d.merchantCouponShare = zeroIfNull(d.merchantCouponShare);
        d.giftValue = zeroIfNull(d.giftValue);
        d.otherMerchantDiscount = zeroIfNull(d.otherMerchantDiscount);
        d.packagingFee = zeroIfNull(d.packagingFee);
        if (d.productName != null) {
            d.productKey = OrderLine.productKeyOf(d.storeCode, d.barcode, d.productName);
        }
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? LineDraft.ZERO : value;
    }

    /** Before defaults: the order-level values this row actually carries. */
    private void rememberOrderValues(Result r) {
        LineDraft d = r.draft;
        Object[] values = {d.orderNumber, d.orderTime == null ? null : d.orderTime.toLocalTime(), d.storeId, d.city,
            d.channel, d.deliveryPlatform, d.address, d.distance, d.deliveryFee, d.userPaidDeliveryFee,
            d.deliveryFeeDiscount, d.commission, d.fullReductionDiscount, d.productDiscount, d.newCustomerDiscount,
            d.merchantVoucher, d.merchantCouponShare, d.giftValue, d.otherMerchantDiscount, d.packagingFee};
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v != null) {
                r.orderValues[i] = v instanceof BigDecimal b ? (b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString())
                        : v.toString();
            }
        }
    }

    private String id(SourceRow row, Field field, Result r) {
        Optional<HeaderMapping.Column> column = mapping.column(field);
        if (column.isEmpty()) {
            return null;
        }
        Parsed<String> parsed = Cells.identifier(row.cell(column.get().index()));
        if (!parsed.ok()) {
            error(r, row, field, parsed.code());
            return null;
        }
        return checkLength(row, field, parsed.value(), r);
    }

    private String text(SourceRow row, Field field, Result r) {
        Optional<HeaderMapping.Column> column = mapping.column(field);
        if (column.isEmpty()) {
            return null;
        }
        SourceCell cell = row.cell(column.get().index());
        String raw = cell.raw();
        String value = field.kind() == Field.Kind.NAME ? Texts.name(raw) : Texts.trimToNull(raw);
        return checkLength(row, field, value, r);
    }

    private String checkLength(SourceRow row, Field field, String value, Result r) {
        if (value != null && field.maxLength() > 0 && value.codePointCount(0, value.length()) > field.maxLength()) {
            error(r, row, field, ImportCode.TEXT_TOO_LONG, Integer.toString(field.maxLength()));
            return null;
        }
        return value;
    }

    private LocalDateTime dateTime(SourceRow row, Result r) {
        Optional<HeaderMapping.Column> column = mapping.column(Field.ORDER_TIME);
        if (column.isEmpty()) {
            return null;
        }
        Parsed<LocalDateTime> parsed = Cells.dateTime(row.cell(column.get().index()), date1904);
        if (!parsed.ok()) {
            error(r, row, Field.ORDER_TIME, parsed.code());
        }
        return parsed.value();
    }

    private Integer quantity(SourceRow row, Result r) {
        Optional<HeaderMapping.Column> column = mapping.column(Field.QUANTITY);
        if (column.isEmpty()) {
            return null;
        }
        Parsed<Integer> parsed = Cells.quantity(row.cell(column.get().index()));
        if (!parsed.ok()) {
            error(r, row, Field.QUANTITY, parsed.code());
        }
        return parsed.value();
    }

    private BigDecimal decimal(SourceRow row, Field field, Result r) {
        Optional<HeaderMapping.Column> column = mapping.column(field);
        if (column.isEmpty()) {
            return null;
        }
        SourceCell cell = row.cell(column.get().index());
        Parsed<BigDecimal> parsed = switch (field.kind()) {
            case STOCK -> Cells.stock(cell);
            case DISTANCE -> Cells.number(cell);
            default -> Cells.money(cell);
        };
        if (!parsed.ok()) {
            error(r, row, field, parsed.code());
            return null;
        }
        BigDecimal value = parsed.value();
        if (value == null) {
            return null;
        }
        if (parsed.rounded()) {
            r.warnings.add(problem(row, field, ImportCode.VALUE_ROUNDED, value.toPlainString()));
        }
        Field.Kind kind = field.kind();
        if ((kind == Field.Kind.PRICE || kind == Field.Kind.MONEY_NON_NEGATIVE || kind == Field.Kind.DISTANCE)
                && value.signum() < 0) {
            error(r, row, field, ImportCode.VALUE_NEGATIVE);
            return null;
        }
        if (kind == Field.Kind.PRICE && value.compareTo(properties.maxUnitPrice()) > 0) {
            error(r, row, field, ImportCode.PRICE_TOO_HIGH, properties.maxUnitPrice().toPlainString());
            return null;
        }
        if (kind == Field.Kind.DISTANCE) {
            if (value.compareTo(Cells.STOCK_LIMIT) >= 0) {
                error(r, row, field, ImportCode.VALUE_TOO_LARGE);
                return null;
            }
            value = value.setScale(Math.min(Math.max(value.scale(), 0), 6), RoundingMode.HALF_UP);
        }
        return value;
    }

    /** A required value that is missing without an error of its own was blank (or a blank token like "-"). */
    private void requireValue(SourceRow row, Field field, Object value, Result r) {
        if (value == null && !hasError(r, field)) {
            error(r, row, field, ImportCode.REQUIRED_MISSING);
        }
    }

    private boolean hasError(Result r, Field field) {
        int index = mapping.column(field).map(HeaderMapping.Column::index).orElse(-2);
        return r.errors.stream().anyMatch(e -> e.columnIndex() == index);
    }

    private void error(Result r, SourceRow row, Field field, ImportCode code, String... args) {
        r.errors.add(problem(row, field, code, args));
    }

    /** A problem in this row's cell of {@code field}, named by the file's own header. */
    ImportProblem problem(SourceRow row, Field field, ImportCode code, String... args) {
        Optional<HeaderMapping.Column> column = mapping.column(field);
        String header = column.map(HeaderMapping.Column::header).orElse(field.header());
        int index = column.map(HeaderMapping.Column::index).orElse(-1);
        String value = column.map(c -> row.cell(c.index()).raw()).orElse(null);
        if (value != null && Texts.trimToNull(value) == null) {
            value = null;
        }
        return new ImportProblem(fileName, fileIndex, row.number(), header, index, value, code, List.of(args));
    }
}
