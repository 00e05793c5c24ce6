package com.storeboard.generator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** An order of one generated day while plants, repairs and stock are applied (money in cents). */
final class DayOrder {

    final Basket basket;
    final Channel channel;
    final boolean rebate;
    final List<DayLine> lines = new ArrayList<>();
    LocalDateTime time;
    int sequence;
    String orderId;
    String address;
    Integer distanceM;
    long naturalDeliveryFee;
    long deliveryFee;
    long userPaidDeliveryFee;
    long deliveryFeeDiscount;
    long fullReduction;
    long newCustomer;
    long voucher;
    /** False for the decoy test orders (fee-channel orders without a service fee, DATA.md §3.10). */
    boolean valid = true;
    /** A planted order of DATA.md §5.4: G1 and G2 targets and the decoy orders. */
    boolean planted;
    /** Already changed by a plant or decoy on this day: no other plant may pick it. */
    boolean used;
    /** Reserved for a G4 churn customer on this day. */
    boolean churn;

    DayOrder(Basket basket, Channel channel, boolean rebate) {
        this.basket = basket;
        this.channel = channel;
        this.rebate = rebate;
    }

    long revenue() {
        long sum = 0;
        for (DayLine line : lines) {
            sum += line.revenue();
        }
        return sum;
    }

    long gross() {
        long sum = 0;
        for (DayLine line : lines) {
            sum += line.gross();
        }
        return sum;
    }

    long fees() {
        long sum = 0;
        for (DayLine line : lines) {
            sum += line.fee;
        }
        return sum;
    }

    long rebates() {
        long sum = 0;
        for (DayLine line : lines) {
            sum += line.rebate;
        }
        return sum;
    }

    /** 订单实际利润 (DATA.md §3.2). */
    long orderProfit() {
        return gross() - fees() - deliveryFee + rebates();
    }

    /** 配送净成本 (DATA.md §3.3). */
    long netDeliveryCost() {
        return deliveryFee - (userPaidDeliveryFee - deliveryFeeDiscount) - rebates();
    }

    boolean hasSku(int sku) {
        for (DayLine line : lines) {
            if (line.sku == sku) {
                return true;
            }
        }
        return false;
    }
}
