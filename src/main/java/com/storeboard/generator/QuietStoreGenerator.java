package com.storeboard.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * QUIET mode (DATA.md §5.4): every day replays the history or the recent template, then the plants of §5.5 are
 * applied in their order (G5 is in the templates; G4, G9, G10 add lines; G11, G12, G7, G6, G8 change template
 * lines; G1, G2 pick orders), then the decoys, the Q1/Q2 repairs, stock with G3 and the consumable stock-out
 * decoy, and finally the invariants are checked again: a failure stops generation.
 */
final class QuietStoreGenerator extends StoreDayGenerator {

    private static final long[] LOSSES_ON_Y = {200, 350, 500};
    private static final long[][] LOSSES_ON_TREND_DAYS = {{200}, {200, 200}, {200}};

    private final Template template;
    private final PlantSchedule schedule;
    private final boolean[] noStock;
    private final boolean[] noReplenish;
    private final List<Integer> quietSkus = new ArrayList<>();
    /** Churn orders by date: basket index → (customer, order number k). */
    private final Map<LocalDate, Map<Integer, int[]>> churnOrders = new HashMap<>();

    QuietStoreGenerator(GeneratorParameters parameters, StorePlan plan, StoreStreams streams) {
        super(parameters, plan, streams, true);
        this.schedule = new PlantSchedule(plan);
        this.template = new TemplateBuilder(plan, schedule, parameters.ordersPerStoreDay(), streams.baskets,
                streams.plants).build();
        for (StorePlan.ChurnCustomer customer : plan.churnCustomers) {
            for (int k = 0; k < customer.days.length; k++) {
                churnOrders.computeIfAbsent(customer.days[k], d -> new HashMap<>())
                        .put(customer.baskets[k], new int[] {customer.j, k});
            }
        }
        int n = plan.skus.size();
        int[] dailyDemand = new int[n];
        for (Basket basket : template.history()) {
            for (BasketLine line : basket.lines()) {
                dailyDemand[line.sku()] += line.qty();
            }
            if (basket.bag() != null) {
                dailyDemand[basket.bag().sku()]++;
            }
        }
        initStock(dailyDemand);
        noStock = new boolean[n];
        noReplenish = new boolean[n];
        noStock[plan.delisted] = true;
        int days = parameters.days();
        for (int i = 0; i < plan.slowMovers.size(); i++) {
            int sku = plan.slowMovers.get(i);
            noReplenish[sku] = true;
            stock[sku] = days - StorePlan.SLOW_LAST_SALE_OFFSET[i] + plan.slowFinalStock[i];
        }
        int[] newProductUnits = {3, 3, 2};
        for (int i = 0; i < plan.newProducts.size(); i++) {
            int sku = plan.newProducts.get(i);
            noReplenish[sku] = true;
            stock[sku] = newProductUnits[i] + plan.newFinalStock[i];
        }
        for (int s = 0; s < n; s++) {
            if (plan.role(s) == PlantRole.QUIET) {
                quietSkus.add(s);
            }
        }
    }

    @Override
    List<DayOrder> day(LocalDate date) {
        long offset = y.toEpochDay() - date.toEpochDay();
        boolean recent = offset <= 29;
        List<Basket> baskets = recent ? template.recent() : template.history();
        int[] quota = recent ? template.recentQuota() : template.historyQuota();
        Map<Integer, int[]> churnToday = churnOrders.getOrDefault(date, Map.of());

        List<DayOrder> orders = new ArrayList<>(baskets.size() + 2);
        for (Basket basket : baskets) {
            DayOrder order = new DayOrder(basket, basket.channel(), basket.rebate());
            order.time = drawTime(date);
            order.fullReduction = basket.fullReduction();
            order.newCustomer = basket.newCustomer();
            order.voucher = basket.voucher();
            order.churn = churnToday.containsKey(basket.index());
            replayLines(order, basket, date);
            orders.add(order);
        }
        number(date, orders);
        assignCustomers(date, orders);
        for (DayOrder order : orders) {
            drawDelivery(order, order.basket.revenue());
        }

        // G4: the churn customers' orders and the delisted SKU (one line a day until Y−10).
        DayOrder delistedOrder = null;
        for (DayOrder order : orders) {
            int[] churn = churnToday.get(order.basket.index());
            if (churn != null) {
                StorePlan.ChurnCustomer customer = plan.churnCustomers.get(churn[0]);
                order.address = churn[1] % 2 == 0 ? addresses.address(customer.addressIndex)
                        : addresses.dashed(customer.addressIndex);
                if (customer.reason.equals("下架")) {
                    delistedOrder = order;
                }
            }
        }
        if (offset >= 10) {
            addLine(orders, plan.delisted, 1, delistedOrder);
        }
        // G9: one unit a day until the last-sale day; G10: the new products' sales.
        for (int i = 0; i < plan.slowMovers.size(); i++) {
            if (offset >= StorePlan.SLOW_LAST_SALE_OFFSET[i]) {
                addLine(orders, plan.slowMovers.get(i), 1, null);
            }
        }
        for (int i = 0; i < plan.newProducts.size(); i++) {
            if (offset == 0) {
                addLine(orders, plan.newProducts.get(i), 2, null);
            } else if (offset == StorePlan.NEW_PREVIOUS_OFFSET[i]) {
                addLine(orders, plan.newProducts.get(i), 1, null);
            }
        }
        // G1 and G2 on Y and on the three trend days.
        if (offset == 0) {
            plantLossOrders(date, orders, LOSSES_ON_Y, true);
        } else if (offset <= 3) {
            plantLossOrders(date, orders, LOSSES_ON_TREND_DAYS[(int) offset - 1], false);
        }
        if (offset <= 3) {
            plantDeliveryOrders(date, orders, offset == 0);
        }
        // Decoys on Y.
        if (offset == 0 && parameters.testOrders() > 0) {
            orders.addAll(testOrders(date, parameters.testOrders(), baskets.size() + 1, quietSkus));
        }
        if (offset == 0 && parameters.consumableBelowCost() > 0) {
            belowCostBag(orders);
        }
        repair(orders);
        sortCanonical(orders);
        // Stock, then G3 and the consumable stock-out decoy.
        boolean[] zeroDay = new boolean[plan.skus.size()];
        for (int sku : plan.stockouts) {
            if (offset == 0 || (offset <= 2 && plan.persistentStockout(sku))) {
                zeroDay[sku] = true;
            }
        }
        applyStock(orders, noStock, noReplenish, zeroDay);
        if (offset == 0 && parameters.consumableStockout() > 0) {
            DayOrder[] holder = new DayOrder[1];
            DayLine last = lastLine(orders, plan.largeBag, holder);
            if (last == null) {
                throw new GenerationException(plan.identity.name() + ": no large-bag line on Y for the decoy");
            }
            last.stock = 0;
            log.stockoutDecoyOrder = holder[0].orderId;
        }
        check(date, orders, quota, offset);
        return orders;
    }

    /** Copies the basket's lines with the planted changes of this date (G6, G7, G8, G11, G12). */
    private void replayLines(DayOrder order, Basket basket, LocalDate date) {
        for (BasketLine line : basket.lines()) {
            Sku sku = plan.sku(line.sku());
            DayLine dayLine = new DayLine(sku, line, line.qty(), line.receivedPrice());
            LineVariant variant = schedule.variantOn(line.sku(), line.lineNo(), line.belowCostTarget(), line.qty(),
                    date);
            if (variant != null) {
                // Changed (or deleted) by a plant today: no other plant may pick this order today.
                order.used = true;
                if (variant.qty() == 0) {
                    continue;
                }
                dayLine.qty = variant.qty();
                dayLine.salePrice = variant.salePrice();
                dayLine.originalPrice = variant.originalPrice();
                if (variant.receivedPrice() != LineVariant.KEEP) {
                    dayLine.receivedPrice = variant.receivedPrice();
                }
                dayLine.unitCost = variant.unitCost();
                PlantRole role = plan.role(line.sku());
                dayLine.planted = role == PlantRole.BELOW_COST || role == PlantRole.MARGIN_DROP;
            }
            dayLine.reprice(order.channel, order.rebate);
            order.lines.add(dayLine);
        }
        if (basket.bag() != null) {
            BasketLine bag = basket.bag();
            DayLine dayLine = new DayLine(plan.sku(bag.sku()), bag, 1, bag.receivedPrice());
            dayLine.reprice(order.channel, order.rebate);
            order.lines.add(dayLine);
        }
    }

    /** Q1 and Q2 on every valid non-planted order: lower 物流配送费 (never below 0.00). */
    private void repair(List<DayOrder> orders) {
        for (DayOrder order : orders) {
            if (!order.valid || order.planted) {
                continue;
            }
            long beforeDelivery = order.gross() - order.fees() + order.rebates();
            if (beforeDelivery < 1) {
                throw new GenerationException(plan.identity.name() + " order " + order.orderId
                        + " cannot reach 订单实际利润 ≥ 0.01 even without delivery fee");
            }
            if (!order.channel.delivery()) {
                order.deliveryFee = 0;
                continue;
            }
            long maxForProfit = beforeDelivery - 1;
            long maxForDelivery = 500 + order.userPaidDeliveryFee - order.deliveryFeeDiscount + order.rebates();
            order.deliveryFee = Math.max(0, Math.min(order.naturalDeliveryFee, Math.min(maxForProfit,
                    maxForDelivery)));
        }
    }

    /** Re-checks Q1, Q2, Q3, Q4, Q6 and (on Y) Q8 after the plants (DATA.md §5.4). */
    private void check(LocalDate date, List<DayOrder> orders, int[] quota, long offset) {
        int[] perBand = new int[Band.values().length];
        long[] qtyY = offset == 0 ? new long[plan.skus.size()] : null;
        long[] profitY = offset == 0 ? new long[plan.skus.size()] : null;
        for (DayOrder order : orders) {
            if (!order.valid) {
                continue;
            }
            perBand[Band.of(order.revenue()).ordinal()]++;
            if (!order.planted) {
                if (order.orderProfit() < 1 || order.gross() == 0) {
                    fail(date, "Q1", order);
                }
                if (order.channel.delivery() && order.netDeliveryCost() > 500) {
                    fail(date, "Q2", order);
                }
            }
            for (DayLine line : order.lines) {
                PlantRole role = plan.role(line.sku);
                if (role != PlantRole.CONSUMABLE && role != PlantRole.DELISTED && !line.plantedZeroStock
                        && line.stock < 1) {
                    fail(date, "Q3", order);
                }
                if (!line.planted && line.receivedPrice * 100 < line.unitCost * 105) {
                    fail(date, "Q4", order);
                }
                if (qtyY != null) {
                    qtyY[line.sku] += line.qty;
                    profitY[line.sku] += line.gross();
                }
            }
        }
        for (int b = 0; b < quota.length; b++) {
            if (perBand[b] != quota[b]) {
                throw new GenerationException(plan.identity.name() + " " + date + ": Q6 band "
                        + Band.values()[b].label() + " has " + perBand[b] + " valid orders instead of " + quota[b]);
            }
        }
        if (qtyY != null) {
            int profitable = 0;
            for (int s = 0; s < plan.skus.size(); s++) {
                if (plan.role(s).quiet() && qtyY[s] >= 3 && profitY[s] > 0) {
                    profitable++;
                }
            }
            if (profitable < 10) {
                throw new GenerationException(plan.identity.name() + ": Q8 only " + profitable
                        + " quiet SKUs sell ≥ 3 with a profit on Y");
            }
        }
    }

    private void fail(LocalDate date, String invariant, DayOrder order) {
        throw new GenerationException(plan.identity.name() + " " + date + ": invariant " + invariant
                + " fails on order " + order.orderId);
    }
}
