package com.storeboard.generator;

import java.util.List;

/**
 * One basket of a template day (DATA.md §5.4 "template replay"): channel, lines with their 实收价格, the optional
 * bag line and the order-level discounts. Every replay of the basket has exactly these lines unless a plant
 * changes them on that day.
 *
 * @param host       kept with room for an added line and profit for G2 (day-level plants prefer other baskets for
 *                   added lines and these for G2)
 * @param churnCustomer the G4 customer j whose order this basket is on the customer's days, or −1
 */
record Basket(
        int index,
        Band band,
        Channel channel,
        boolean rebate,
        boolean removable,
        boolean host,
        int churnCustomer,
        List<BasketLine> lines,
        BasketLine bag,
        long fullReduction,
        long newCustomer,
        long voucher,
        long revenue) {
}
