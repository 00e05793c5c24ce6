package com.storeboard.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Packed partition columns give back exactly the diagnosis columns of every line, nulls and odd values included. */
class PartitionColumnsTest {

    private static final String STORE = "星河便利（滨江店）";

    @Test
    void every_line_comes_back_with_the_same_columns_in_the_same_order() {
        List<OrderLine> lines = List.of(
                line("A1", "美团闪购", "滨江区星光大道1号", 1200, "C:1", "可口可乐330ml", "1", "-0.35", "0.12", "7.5", 2),
                // same order, another product: the order values are not repeated in the packed form
                line("A1", "美团闪购", "滨江区星光大道1号", 1200, "C:2", "乐事薯片原味70g", "2", "1.2345", null, null, 1),
                // unknown distance, fee and stock; no address; a money value with 4 decimals; a negative profit
                line("A2", "饿了么", null, null, "C:1", "可口可乐330ml", "0", "-12.3456", null, null, 5),
                // a big order: amounts far above a 32-bit unit count
                line("A3", "京东到家", "文三路 3-2-501", 99_000, "B:6901234567890", "整箱矿泉水", "999999.99", "123456.7891", "0.00",
                        "-3", 1000));
        byte[] packed = PartitionColumns.encode(lines);

        List<String> decoded = new ArrayList<>();
        int count = PartitionColumns.decode(packed, STORE, new LineColumns(), c -> decoded.add(text(c)));

        assertThat(count).isEqualTo(4);
        assertThat(decoded).containsExactlyElementsOf(lines.stream().map(l -> text(new LineColumns().of(l))).toList());
    }

    @Test
    void an_order_time_with_fractions_of_a_second_survives() {
        OrderLine line = line("A1", "美团闪购", null, null, "C:1", "水", "1", "1", "1", "1", 1);
        OrderLine precise = copyWithTime(line, LocalDateTime.of(2025, 12, 20, 8, 30, 15, 123_000_000));

        List<LocalDateTime> times = new ArrayList<>();
        PartitionColumns.decode(PartitionColumns.encode(List.of(precise)), STORE, new LineColumns(), c -> times.add(c.orderTime));

        assertThat(times).containsExactly(LocalDateTime.of(2025, 12, 20, 8, 30, 15, 123_000_000));
    }

    @Test
    void an_empty_partition_packs_to_a_few_bytes_and_unpacks_to_no_line() {
        byte[] packed = PartitionColumns.encode(List.of());

        assertThat(packed.length).isLessThan(16);
        assertThat(PartitionColumns.decode(packed, STORE, new LineColumns(), c -> {
            throw new AssertionError("no line expected");
        })).isZero();
    }

    @Test
    void something_that_is_not_a_packed_partition_or_is_cut_short_is_refused() {
        byte[] packed = PartitionColumns.encode(List.of(line("A1", "美团闪购", null, null, "C:1", "水", "1", "1", "1", "1", 1)));
        byte[] foreign = packed.clone();
        foreign[0] = 'X';
        byte[] longer = Arrays.copyOf(packed, packed.length + 1);

        assertThatThrownBy(() -> PartitionColumns.decode(foreign, STORE, new LineColumns(), c -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a packed partition");
        assertThatThrownBy(() -> PartitionColumns.decode(longer, STORE, new LineColumns(), c -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 bytes too many");
        assertThatThrownBy(() -> PartitionColumns.decode(Arrays.copyOf(packed, packed.length - 1), STORE, new LineColumns(), c -> { }))
                .isInstanceOf(ArrayIndexOutOfBoundsException.class);
    }

    @Test
    void a_day_of_a_thousand_orders_packs_to_well_under_the_size_of_its_text() {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            for (int p = 0; p < 3; p++) {
                lines.add(line("10000" + i, "美团闪购", "滨江区星光大道" + i + "号", 1000 + i, "C:" + (i * 7 + p) % 400,
                        "商品" + (i * 7 + p) % 400, "3.50", "1.20", "0.35", "20", 2));
            }
        }

        byte[] packed = PartitionColumns.encode(lines);

        // 3,000 lines: about 130 bytes per order and 25 per further line, against ~400 bytes of CSV per line
        assertThat(packed.length).isLessThan(3000 * 60);
    }

    private static OrderLine line(String orderId, String channel, String address, Integer distance, String productKey, String name,
            String price, String profit, String fee, String stock, int quantity) {
        BigDecimal p = new BigDecimal(price);
        BigDecimal q = BigDecimal.valueOf(quantity);
        return new OrderLine(orderId, orderId.equals("A1") ? "N-" + orderId : null, LocalDateTime.of(2025, 12, 20, 9, 15, 0),
                STORE, null, null, channel, null, address, distance, name, productKey.startsWith("C:") ? productKey.substring(2) : null,
                productKey.startsWith("B:") ? productKey.substring(2) : null, "饮料", null, quantity, p, p.add(BigDecimal.ONE), p,
                p.multiply(q).subtract(new BigDecimal(profit)), new BigDecimal(profit), fee == null ? null : new BigDecimal(fee),
                new BigDecimal("0.05"), BigDecimal.ZERO, stock == null ? null : new BigDecimal(stock), new BigDecimal("4.5"),
                new BigDecimal("1.5"), new BigDecimal("0.5"), null, new BigDecimal("2"), new BigDecimal("0.1"), BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("0.3"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, productKey, 1, true);
    }

    private static OrderLine copyWithTime(OrderLine l, LocalDateTime time) {
        return new OrderLine(l.orderId(), l.orderNumber(), time, l.storeName(), l.storeId(), l.city(), l.channel(),
                l.deliveryPlatform(), l.address(), l.distanceM(), l.productName(), l.storeCode(), l.barcode(), l.categoryL1(),
                l.categoryL3(), l.quantity(), l.salePrice(), l.originalPrice(), l.receivedPrice(), l.lineCost(), l.grossProfit(),
                l.platformServiceFee(), l.corporateRebate(), l.expectedIncome(), l.stock(), l.deliveryFee(), l.userPaidDeliveryFee(),
                l.deliveryFeeDiscount(), l.commission(), l.fullReductionDiscount(), l.productDiscount(), l.newCustomerDiscount(),
                l.merchantVoucher(), l.merchantCouponShare(), l.giftValue(), l.otherMerchantDiscount(), l.packagingFee(),
                l.productKey(), l.lineOrdinal(), l.costKnown());
    }

    /** Every column of the flyweight, so that two lines compare by value. */
    private static String text(LineColumns c) {
        return String.join("|", c.storeName, c.orderId, String.valueOf(c.orderNumber), c.orderTime.toString(), c.channel,
                String.valueOf(c.address), String.valueOf(c.distanceM), c.productKey, c.productName, String.valueOf(c.storeCode),
                String.valueOf(c.barcode), c.categoryL1, String.valueOf(c.categoryL3), String.valueOf(c.quantity),
                String.valueOf(c.salePrice), String.valueOf(c.originalPrice), String.valueOf(c.receivedPrice),
                String.valueOf(c.lineCost), String.valueOf(c.grossProfit), String.valueOf(c.platformServiceFee),
                String.valueOf(c.corporateRebate), String.valueOf(c.stock), String.valueOf(c.deliveryFee),
                String.valueOf(c.userPaidDeliveryFee), String.valueOf(c.deliveryFeeDiscount), String.valueOf(c.activityCost));
    }
}
