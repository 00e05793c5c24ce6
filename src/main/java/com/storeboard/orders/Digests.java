package com.storeboard.orders;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Partition digests and data versions (DATA.md §4.12). They depend only on stored content, so two databases
 * with the same rows agree, and a re-import of the same rows is recognised as no change.
 */
public final class Digests {

    private static final char UNIT = '\u001F';
    private static final char RECORD = '\u001E';
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** Strings compared by Unicode code point, as the spec orders every text. */
    public static final Comparator<String> CODE_POINT_ORDER = Digests::compareCodePoints;

    /** The order of rows inside a partition digest: (订单ID, productKey, lineOrdinal). */
    public static final Comparator<OrderLine> PARTITION_ORDER = Comparator
            .comparing(OrderLine::orderId, CODE_POINT_ORDER)
            .thenComparing(OrderLine::productKey, CODE_POINT_ORDER)
            .thenComparingInt(OrderLine::lineOrdinal);

    private Digests() {
    }

    /** The business fields 1–37, then productKey, lineOrdinal, costKnown, joined with U+001F. */
    public static String canonicalText(OrderLine l) {
        StringBuilder sb = new StringBuilder(512);
        Object[] values = {l.orderId(), l.orderNumber(), l.orderTime(), l.storeName(), l.storeId(), l.city(), l.channel(),
            l.deliveryPlatform(), l.address(), l.distanceM(), l.productName(), l.storeCode(), l.barcode(), l.categoryL1(),
            l.categoryL3(), l.quantity(), l.salePrice(), l.originalPrice(), l.receivedPrice(), l.lineCost(), l.grossProfit(),
            l.platformServiceFee(), l.corporateRebate(), l.expectedIncome(), l.stock(), l.deliveryFee(),
            l.userPaidDeliveryFee(), l.deliveryFeeDiscount(), l.commission(), l.fullReductionDiscount(),
            l.productDiscount(), l.newCustomerDiscount(), l.merchantVoucher(), l.merchantCouponShare(), l.giftValue(),
            l.otherMerchantDiscount(), l.packagingFee(), l.productKey(), l.lineOrdinal(), l.costKnown()};
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(UNIT);
            }
            sb.append(text(values[i]));
        }
        return sb.toString();
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDateTime t) {
            return TIME.format(t);
        }
        return value.toString();
    }

    /** SHA-256 over the canonical texts of a partition's rows, sorted by (订单ID, productKey, lineOrdinal). */
    public static String partitionDigest(Collection<OrderLine> lines) {
        List<OrderLine> sorted = new ArrayList<>(lines);
        sorted.sort(PARTITION_ORDER);
        return digestOfSorted(sorted);
    }

    /** The partition digest of lines already in {@link #PARTITION_ORDER}. */
    public static String digestOfSorted(List<OrderLine> sorted) {
        MessageDigest sha = sha256();
        for (OrderLine line : sorted) {
            sha.update((canonicalText(line) + RECORD).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The data version of a scope: its partitions sorted by (store, date), each "store␟date␟digest␞". */
    public static String dataVersion(Collection<Partition> partitions) {
        List<Partition> sorted = new ArrayList<>(partitions);
        sorted.sort(Comparator.comparing(Partition::storeName, CODE_POINT_ORDER).thenComparing(Partition::date));
        MessageDigest sha = sha256();
        for (Partition p : sorted) {
            sha.update((p.storeName() + UNIT + p.date() + UNIT + p.digest() + RECORD).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
