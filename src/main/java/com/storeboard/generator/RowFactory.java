package com.storeboard.generator;

import com.storeboard.orders.OrderLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns a generated day (orders in canonical order) into the typed rows that the sinks write. */
final class RowFactory {

    private final StorePlan plan;

    RowFactory(StorePlan plan) {
        this.plan = plan;
    }

    List<OrderLine> rows(LocalDate date, List<DayOrder> orders) {
        StoreIdentity store = plan.identity;
        List<OrderLine> rows = new ArrayList<>(orders.size() * 4);
        for (DayOrder order : orders) {
            long commission = 0;
            long productDiscount = 0;
            long packaging = 0;
            for (DayLine line : order.lines) {
                commission += line.fee;
                productDiscount += (line.originalPrice - line.salePrice) * line.qty;
                if (plan.role(line.sku) == PlantRole.CONSUMABLE) {
                    packaging += line.revenue();
                }
            }
            String orderNumber = order.channel.prefix() + order.orderId;
            BigDecimal deliveryFee = Cents.money(order.deliveryFee);
            BigDecimal userPaid = Cents.money(order.userPaidDeliveryFee);
            BigDecimal feeDiscount = Cents.money(order.deliveryFeeDiscount);
            BigDecimal commissionValue = Cents.money(commission);
            BigDecimal fullReduction = Cents.money(order.fullReduction);
            BigDecimal productDiscountValue = Cents.money(productDiscount);
            BigDecimal newCustomer = Cents.money(order.newCustomer);
            BigDecimal voucher = Cents.money(order.voucher);
            BigDecimal zero = Cents.money(0);
            BigDecimal packagingFee = Cents.money(packaging);
            for (DayLine line : order.lines) {
                Sku sku = plan.sku(line.sku);
                long revenue = line.revenue();
                rows.add(new OrderLine(order.orderId, orderNumber, order.time, store.name(), store.storeId(),
                        store.city(), order.channel.label(), order.channel.platform(), order.address,
                        order.distanceM, plan.nameOn(line.sku, date), sku.storeCode(), sku.barcode(),
                        sku.category().label(), sku.categoryL3(), line.qty, Cents.money(line.salePrice),
                        Cents.money(line.originalPrice), Cents.money(line.receivedPrice),
                        Cents.money(line.lineCost()), Cents.money(line.gross()), Cents.money(line.fee),
                        Cents.money(line.rebate), Cents.money(revenue - line.fee + line.rebate),
                        line.stock == DayLine.NO_STOCK ? null : BigDecimal.valueOf(line.stock), deliveryFee,
                        userPaid, feeDiscount, commissionValue, fullReduction, productDiscountValue, newCustomer,
                        voucher, zero, zero, zero, packagingFee, line.productKey, 1, true)); // every generated cost is known
            }
        }
        return rows;
    }
}
