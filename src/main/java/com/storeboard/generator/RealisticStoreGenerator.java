package com.storeboard.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * REALISTIC mode (DATA.md §5.7): no templates and no QUIET invariants. Every day has its own volume (weekday factor
 * × N(1, 0.05)) and freshly sampled baskets; 5 % of the lines get promotional prices, SKUs run out of stock when a
 * replenishment is missed, and one-off addresses come back now and then. The plants of §5.5 and the decoys of §5.6
 * are applied the same way as in QUIET mode where they pick orders, and as added lines for the dedicated SKUs; the
 * random effects may hide some of them or add others, so the manifest only lists them as hints.
 */
final class RealisticStoreGenerator extends StoreDayGenerator {

    private static final Map<DayOfWeek, Integer> WEEKDAY_PERCENT = Map.of(DayOfWeek.MONDAY, 92, DayOfWeek.TUESDAY,
            95, DayOfWeek.WEDNESDAY, 97, DayOfWeek.THURSDAY, 100, DayOfWeek.FRIDAY, 106, DayOfWeek.SATURDAY, 110,
            DayOfWeek.SUNDAY, 100);
    private static final int[] LINES_PERCENT = {28, 26, 18, 12, 8, 4, 2, 2};
    private static final int[] QTY_PER_MILLE = {750, 170, 50, 15, 10, 5};
    private static final long[] LOSSES_ON_Y = {200, 350, 500};
    private static final long[][] LOSSES_ON_TREND_DAYS = {{200}, {200, 200}, {200}};

    private final SplittableRandom random;
    private final SplittableRandom baskets;
    private final List<Integer> sampled = new ArrayList<>();
    private final int[] weights;
    private final boolean[] noStock;
    private final boolean[] noReplenish;
    private final List<Integer> quietSkus = new ArrayList<>();
    private final List<Long> reusable = new ArrayList<>();

    RealisticStoreGenerator(GeneratorParameters parameters, StorePlan plan, StoreStreams streams) {
        super(parameters, plan, streams, false);
        this.random = streams.realistic;
        this.baskets = streams.baskets;
        int n = plan.skus.size();
        int[] demand = new int[n];
        for (int s = 0; s < n; s++) {
            PlantRole role = plan.role(s);
            if (role != PlantRole.CONSUMABLE && !role.dedicated()) {
                sampled.add(s);
            }
            demand[s] = plan.baseQty[s];
            if (role == PlantRole.QUIET) {
                quietSkus.add(s);
            }
        }
        demand[plan.smallBag] = parameters.ordersPerStoreDay() * 35 / 100;
        demand[plan.largeBag] = parameters.ordersPerStoreDay() * 25 / 100;
        weights = new int[sampled.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(1, plan.baseQty[sampled.get(i)]);
        }
        initStock(demand);
        noStock = new boolean[n];
        noReplenish = new boolean[n];
        noStock[plan.delisted] = true;
        for (int i = 0; i < plan.slowMovers.size(); i++) {
            int sku = plan.slowMovers.get(i);
            noReplenish[sku] = true;
            stock[sku] = parameters.days() - StorePlan.SLOW_LAST_SALE_OFFSET[i] + plan.slowFinalStock[i];
        }
        int[] newProductUnits = {3, 3, 2};
        for (int i = 0; i < plan.newProducts.size(); i++) {
            int sku = plan.newProducts.get(i);
            noReplenish[sku] = true;
            stock[sku] = newProductUnits[i] + plan.newFinalStock[i];
        }
    }

    @Override
    List<DayOrder> day(LocalDate date) {
        long offset = y.toEpochDay() - date.toEpochDay();
        boolean recent = offset <= 29;
        double factor = WEEKDAY_PERCENT.get(date.getDayOfWeek()) / 100.0 * (1 + 0.05 * Draw.gaussian(random));
        int[] bandWeights = new int[Band.values().length];
        for (Band band : Band.values()) {
            bandWeights[band.ordinal()] = Band.quotas(1000)[band.ordinal()];
        }
        double volume = factor;
        if (recent) {
            // G5: the three bands lose their fractions of orders.
            for (int i = 0; i < TemplateBuilder.AOV_BANDS.length; i++) {
                int b = TemplateBuilder.AOV_BANDS[i].ordinal();
                int removed = bandWeights[b] * TemplateBuilder.AOV_FRACTION_PERCENT[i] / 100;
                bandWeights[b] -= removed;
                volume -= factor * removed / 1000.0;
            }
        }
        int count = Math.max(10, (int) Math.round(parameters.ordersPerStoreDay() * volume));
        List<DayOrder> orders = new ArrayList<>(count + 2);
        int index = 0;
        for (int i = 0; i < count; i++) {
            Channel channel = Channel.values()[Draw.categorical(baskets, Channel.shares())];
            Band band = Band.values()[Draw.categorical(baskets, bandWeights)];
            boolean rebate = Draw.chance(baskets, 30);
            Basket shell = new Basket(index++, band, channel, rebate, false, false, -1, List.of(), null, 0, 0, 0, 0);
            DayOrder order = new DayOrder(shell, channel, rebate);
            order.time = drawTime(date);
            fill(order, band);
            orders.add(order);
        }
        number(date, orders);
        reuseAddresses(date, orders);
        for (DayOrder order : orders) {
            drawDelivery(order, order.revenue());
        }
        applyPlants(date, offset, orders);
        if (offset == 0 && parameters.testOrders() > 0) {
            orders.addAll(testOrders(date, parameters.testOrders(), orders.size() + 1, quietSkus));
        }
        if (offset == 0 && parameters.consumableBelowCost() > 0) {
            belowCostBag(orders);
        }
        sortCanonical(orders);
        boolean[] zeroDay = new boolean[plan.skus.size()];
        for (int sku : plan.stockouts) {
            if (offset == 0 || (offset <= 2 && plan.persistentStockout(sku))) {
                zeroDay[sku] = true;
            }
        }
        // SKUs run out of stock at random: a missed replenishment leaves the stock as it is.
        boolean[] missed = noReplenish.clone();
        for (int s = 0; s < missed.length; s++) {
            missed[s] |= Draw.chance(random, 30);
        }
        applyStock(orders, noStock, missed, zeroDay);
        if (offset == 0 && parameters.consumableStockout() > 0) {
            DayOrder[] holder = new DayOrder[1];
            DayLine last = lastLine(orders, plan.largeBag, holder);
            if (last != null) {
                last.stock = 0;
                log.stockoutDecoyOrder = holder[0].orderId;
            }
        }
        return orders;
    }

    /** Construct-and-check of one basket in its band (30 tries, then the last try is kept). */
    private void fill(DayOrder order, Band band) {
        for (int attempt = 0; attempt < 30; attempt++) {
            order.lines.clear();
            int lines = 1 + Draw.categorical(baskets, LINES_PERCENT);
            for (int i = 0; i < lines; i++) {
                int sku = sampled.get(Draw.categorical(baskets, weights));
                if (order.hasSku(sku) || stock[sku] <= 0) {
                    continue;
                }
                Sku item = plan.sku(sku);
                int qty = 1 + Draw.categorical(baskets, QTY_PER_MILLE);
                order.lines.add(new DayLine(item, null, qty, item.salePrice()));
            }
            if (order.lines.isEmpty()) {
                continue;
            }
            price(order);
            if (band.contains(order.revenue())) {
                break;
            }
        }
        if (order.lines.isEmpty()) {
            int sku = sampled.get(0);
            order.lines.add(new DayLine(plan.sku(sku), null, 1, plan.sku(sku).salePrice()));
            price(order);
        }
        if (order.channel.delivery() && Draw.chance(baskets, 600)) {
            int bag = order.revenue() >= 5000 ? plan.largeBag : plan.smallBag;
            Sku item = plan.sku(bag);
            DayLine line = new DayLine(item, null, 1, item.salePrice());
            line.reprice(order.channel, order.rebate);
            order.lines.add(line);
        }
    }

    /** Discounts allocated pro rata by 售价 amount; 5 % of the lines at a promotional price. */
    private void price(DayOrder order) {
        long saleTotal = 0;
        for (DayLine line : order.lines) {
            saleTotal += line.salePrice * line.qty;
        }
        order.fullReduction = Draw.chance(baskets, 350) && saleTotal >= 2000
                ? (saleTotal >= 5900 ? 1000 : saleTotal >= 3900 ? 600 : 300) : 0;
        order.newCustomer = Draw.chance(baskets, 50) ? 300 : 0;
        order.voucher = Draw.chance(baskets, 80) ? (saleTotal >= 3000 ? 500 : 200) : 0;
        long discount = Math.min(order.fullReduction + order.newCustomer + order.voucher, saleTotal / 2);
        for (DayLine line : order.lines) {
            long received = Math.max(1, Cents.halfUp(line.salePrice * (saleTotal - discount), saleTotal));
            if (Draw.chance(random, 50)) {
                received = Math.max(1, received * (60 + random.nextInt(31)) / 100);
            }
            line.receivedPrice = received;
            line.reprice(order.channel, order.rebate);
        }
    }

    /** Regular customers and one-off addresses, and 10 % of the one-off orders come back to an earlier address. */
    private void reuseAddresses(LocalDate date, List<DayOrder> orders) {
        assignCustomers(date, orders);
        for (DayOrder order : orders) {
            if (order.address == null || !order.channel.delivery()) {
                continue;
            }
            if (!reusable.isEmpty() && Draw.chance(random, 100)) {
                long index = reusable.get(random.nextInt(reusable.size()));
                order.address = addresses.address(index);
            } else if (reusable.size() < 5_000 && Draw.chance(random, 100)) {
                reusable.add(Addresses.SPACE / 2 + reusable.size());
            }
        }
    }

    private void applyPlants(LocalDate date, long offset, List<DayOrder> orders) {
        // G4: the churn customers' orders on their days, with their target SKU.
        for (StorePlan.ChurnCustomer customer : plan.churnCustomers) {
            for (int k = 0; k < customer.days.length; k++) {
                if (!customer.days[k].equals(date)) {
                    continue;
                }
                DayOrder order = pick(orders, customer.reason.equals("涨价") ? Channel.ELEME : null);
                if (order == null) {
                    continue;
                }
                order.address = k % 2 == 0 ? addresses.address(customer.addressIndex)
                        : addresses.dashed(customer.addressIndex);
                order.churn = true;
                if (!order.hasSku(customer.targetSku)) {
                    addLine(orders, customer.targetSku, 1, order);
                }
            }
        }
        if (offset >= 10) {
            addLine(orders, plan.delisted, 1, null);
        }
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
        addDedicated(date, offset, orders);
        if (offset == 0) {
            for (int sku : plan.belowCost) {
                belowCostLine(orders, sku);
            }
        }
        if (offset <= 6) {
            for (int i = 0; i < plan.marginDrops.size(); i++) {
                int sku = plan.marginDrops.get(i);
                Sku item = plan.sku(sku);
                long cost = item.unitCost() + Cents.halfUp(item.salePrice() * StorePlan.MARGIN_DROP_PP[i], 100);
                for (DayOrder order : orders) {
                    for (DayLine line : order.lines) {
                        if (line.sku == sku) {
                            line.unitCost = cost;
                        }
                    }
                }
            }
        }
        if (offset == 0) {
            plantLossOrders(date, orders, LOSSES_ON_Y, true);
        } else if (offset <= 3) {
            plantLossOrders(date, orders, LOSSES_ON_TREND_DAYS[(int) offset - 1], false);
        }
        if (offset <= 3) {
            plantDeliveryOrders(date, orders, offset == 0);
        }
    }

    /** G7, G11 and G12: their planned daily quantities and prices, as added lines of 1–2 units. */
    private void addDedicated(LocalDate date, long offset, List<DayOrder> orders) {
        Map<Integer, Integer> qty = new HashMap<>();
        for (int i = 0; i < plan.salesDrops.size(); i++) {
            qty.put(plan.salesDrops.get(i), offset <= 6 ? StorePlan.SALES_DROP_QTY[i] : 12);
        }
        qty.put(plan.priceRise, offset <= 5 ? 8 : 10);
        qty.put(plan.priceCut, offset <= 20 ? 13 : 10);
        int[] hotA = {7, 6, 5};
        qty.put(plan.hotA, offset == 0 ? 12 : offset <= 3 ? hotA[(int) offset - 1] : 4);
        qty.put(plan.hotB, offset == 0 ? 13 : 5);
        qty.put(plan.hotC, offset == 0 ? 21 : 6);
        for (var entry : new java.util.TreeMap<>(qty).entrySet()) {
            int sku = entry.getKey();
            int left = entry.getValue();
            long price = plan.sku(sku).salePrice();
            long original = plan.sku(sku).originalPrice();
            if (sku == plan.priceRise && offset <= 5) {
                price = 300;
                original = 300;
            } else if (sku == plan.priceCut && offset <= 20) {
                price = 225;
            }
            while (left > 0) {
                int units = Math.min(left, 1 + random.nextInt(2));
                DayOrder order = pick(orders, sku == plan.priceRise || sku == plan.priceCut ? Channel.ELEME : null);
                if (order == null || order.hasSku(sku)) {
                    order = null;
                    for (DayOrder candidate : orders) {
                        if (candidate.valid && !candidate.hasSku(sku) && (sku != plan.priceRise && sku != plan.priceCut
                                || candidate.channel == Channel.ELEME)) {
                            order = candidate;
                            break;
                        }
                    }
                    if (order == null) {
                        break;
                    }
                }
                DayLine line = addLine(orders, sku, units, order);
                if (line == null) {
                    break;
                }
                line.salePrice = price;
                line.originalPrice = original;
                line.receivedPrice = price;
                line.reprice(order.channel, order.rebate);
                order.used = false;
                left -= units;
            }
        }
    }

    /** G6: one unit of the SKU at 0.70 (severe) or 0.95 (mild) × unit cost on Y. */
    private void belowCostLine(List<DayOrder> orders, int sku) {
        Sku item = plan.sku(sku);
        long price = Cents.halfUp(item.unitCost() * (plan.severeBelowCost(sku) ? 70 : 95), 100);
        for (DayOrder order : orders) {
            for (DayLine line : order.lines) {
                if (line.sku == sku && line.qty == 1 && !order.used) {
                    line.receivedPrice = price;
                    line.reprice(order.channel, order.rebate);
                    line.planted = true;
                    order.used = true;
                    return;
                }
            }
        }
        DayOrder order = pick(orders, null);
        if (order != null && !order.hasSku(sku)) {
            DayLine line = addLine(orders, sku, 1, order);
            if (line == null) {
                return;
            }
            line.receivedPrice = price;
            line.reprice(order.channel, order.rebate);
            line.planted = true;
        }
    }

    /** A random free delivery order (of that channel when given), or null. */
    private DayOrder pick(List<DayOrder> orders, Channel channel) {
        List<DayOrder> candidates = new ArrayList<>();
        for (DayOrder order : orders) {
            if (free(order) && order.channel.delivery() && (channel == null || order.channel == channel)) {
                candidates.add(order);
            }
        }
        return candidates.isEmpty() ? null : Draw.pick(streams.plants, candidates);
    }
}
