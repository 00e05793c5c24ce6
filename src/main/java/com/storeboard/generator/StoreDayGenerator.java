package com.storeboard.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What QUIET and REALISTIC days have in common: order times and identifiers, customers, delivery draws, the
 * plants that pick orders on a day (G1, G2, added lines of G4/G9/G10), the decoys, stock, and the canonical
 * order of the rows (DATA.md §1.6).
 */
abstract class StoreDayGenerator {

    /** Share of orders per hour in tenths of a percent (DATA.md §5.3). */
    static final int[] HOURS = {10, 6, 4, 3, 3, 5, 12, 25, 35, 40, 50, 80, 95, 65, 45, 40, 45, 65, 95, 90, 70, 55, 40,
        22};
    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final long[] USER_PAID_FEES = {200, 250, 300, 350};
    private static final int[] G2_DISTANCES = {5600, 6400, 4200, 9100};

    static final Comparator<DayOrder> CANONICAL_ORDERS = Comparator.comparing((DayOrder o) -> o.time)
            .thenComparing(o -> o.orderId);
    static final Comparator<DayLine> CANONICAL_LINES = Comparator.comparing((DayLine l) -> l.productKey);

    final GeneratorParameters parameters;
    final StorePlan plan;
    final StoreStreams streams;
    final LocalDate y;
    final Addresses addresses;
    final PlantLog log = new PlantLog();
    private final int[] regularCycle;
    private final int[] regularPhase;
    private long nextOneOff;
    final long[] stock;
    final long[] stockLevel;
    final long[] demand;
    /** QUIET: a plant that finds no order fails generation. REALISTIC: it is skipped. */
    final boolean strict;

    StoreDayGenerator(GeneratorParameters parameters, StorePlan plan, StoreStreams streams, boolean strict) {
        this.strict = strict;
        this.parameters = parameters;
        this.plan = plan;
        this.streams = streams;
        this.y = plan.referenceDate;
        this.addresses = new Addresses(plan.identity.district(), streams.customers);
        int regulars = StoreSetup.regularCustomerCount(parameters.ordersPerStoreDay());
        regularCycle = new int[regulars];
        regularPhase = new int[regulars];
        for (int r = 0; r < regulars; r++) {
            regularCycle[r] = 2 + streams.customers.nextInt(4);
            regularPhase[r] = streams.customers.nextInt(regularCycle[r]);
        }
        nextOneOff = regulars + plan.churnCustomers.size();
        for (StorePlan.ChurnCustomer customer : plan.churnCustomers) {
            customer.address = addresses.address(customer.addressIndex);
        }
        int n = plan.skus.size();
        stock = new long[n];
        stockLevel = new long[n];
        demand = new long[n];
    }

    /** The orders of one day, in canonical order, lines in canonical order, with every plant applied. */
    abstract List<DayOrder> day(LocalDate date);

    // ------------------------------------------------------------------------------------ times and identifiers

    LocalDateTime drawTime(LocalDate date) {
        SplittableRandom times = streams.times;
        int hour = Draw.categorical(times, HOURS);
        int minute = times.nextInt(60);
        int second = times.nextInt(60);
        return date.atTime(hour, minute, second);
    }

    /** Sorts the day's orders by time and gives them 订单ID {storeIndex}{yyMMdd}{sequence:05d} in that order. */
    void number(LocalDate date, List<DayOrder> orders) {
        orders.sort(Comparator.comparing((DayOrder o) -> o.time).thenComparingInt(o -> o.basket.index()));
        for (int i = 0; i < orders.size(); i++) {
            assignId(date, orders.get(i), i + 1);
        }
    }

    void assignId(LocalDate date, DayOrder order, int sequence) {
        order.sequence = sequence;
        order.orderId = plan.identity.index() + date.format(ID_DATE) + "%05d".formatted(sequence);
    }

    // ------------------------------------------------------------------------------------ customers

    /**
     * Regular customers due today each take one delivery order; every other delivery order gets the next one-off
     * address. Orders flagged churn keep their one-off index but are given the churn customer's address later.
     */
    void assignCustomers(LocalDate date, List<DayOrder> orders) {
        List<DayOrder> available = new ArrayList<>();
        for (DayOrder order : orders) {
            if (order.channel.delivery() && !order.churn) {
                available.add(order);
            }
        }
        long dayIndex = date.toEpochDay() - plan.firstDate.toEpochDay();
        for (int r = 0; r < regularCycle.length && !available.isEmpty(); r++) {
            if (Math.floorMod(dayIndex - regularPhase[r], regularCycle[r]) == 0) {
                int pick = streams.customers.nextInt(available.size());
                DayOrder order = available.get(pick);
                available.set(pick, available.get(available.size() - 1));
                available.remove(available.size() - 1);
                order.address = addresses.address(r);
            }
        }
        for (DayOrder order : orders) {
            if (order.channel.delivery() && order.address == null) {
                order.address = addresses.address(nextOneOff++);
            }
        }
    }

    // ------------------------------------------------------------------------------------ delivery

    /** 配送距离, 用户支付配送费, 配送费减免金额 and the natural 物流配送费 of DATA.md §5.3. */
    void drawDelivery(DayOrder order, long revenue) {
        if (!order.channel.delivery()) {
            order.distanceM = null;
            order.address = null;
            return;
        }
        SplittableRandom delivery = streams.delivery;
        double metres = StrictMath.exp(StrictMath.log(1800.0) + 0.6 * Draw.gaussian(delivery));
        metres = Math.min(12_000.0, Math.max(200.0, metres));
        int distance = (int) StrictMath.floor(metres / 10.0 + 0.5) * 10;
        order.distanceM = distance;
        long userPaid = USER_PAID_FEES[delivery.nextInt(4)];
        boolean discount = Draw.chance(delivery, 300);
        if (revenue >= 3000) {
            userPaid = 0;
        }
        order.userPaidDeliveryFee = userPaid;
        order.deliveryFeeDiscount = userPaid > 0 && discount ? 100 : 0;
        long fee = 350;
        if (distance > 3000) {
            fee += 100 * Cents.ceil(distance - 3000, 1000);
        }
        int hour = order.time.getHour();
        if (hour >= 22 || hour <= 5) {
            fee += 100;
        }
        order.naturalDeliveryFee = fee;
        order.deliveryFee = fee;
    }

    // ------------------------------------------------------------------------------------ day plants

    /**
     * An order a plant may still pick today: not a churn customer's order, not planted, and not changed by another
     * plant today (template lines changed today mark their order as used).
     */
    static boolean free(DayOrder order) {
        return order.valid && !order.planted && !order.used && !order.churn
                && (order.basket == null || order.basket.churnCustomer() < 0);
    }

    /** Adds a line of an outside-template SKU (G4 delisted, G9, G10) to a free order that stays in its band. */
    DayLine addLine(List<DayOrder> orders, int skuIndex, int qty, DayOrder forced) {
        Sku sku = plan.sku(skuIndex);
        long value = sku.salePrice() * qty;
        DayOrder target = forced;
        if (target == null) {
            // Host baskets are kept for G2 unless no other order can take the line.
            List<DayOrder> candidates = new ArrayList<>();
            for (boolean hosts : new boolean[] {false, true}) {
                for (DayOrder order : orders) {
                    boolean host = order.basket != null && order.basket.host();
                    if (host == hosts && free(order) && fitsAddition(order, value) && !order.hasSku(skuIndex)) {
                        candidates.add(order);
                    }
                }
                if (!candidates.isEmpty()) {
                    break;
                }
            }
            if (candidates.isEmpty() && !strict) {
                return null;
            }
            if (candidates.isEmpty()) {
                int freeCount = 0;
                for (DayOrder order : orders) {
                    if (free(order)) {
                        freeCount++;
                    }
                }
                throw new GenerationException(plan.identity.name() + ": no order can take an added line of "
                        + sku.name() + " (" + Cents.format(value) + "; " + freeCount + " free orders)");
            }
            target = Draw.pick(streams.plants, candidates);
        }
        DayLine line = new DayLine(sku, null, qty, sku.salePrice());
        line.reprice(target.channel, target.rebate);
        target.lines.add(line);
        target.used = true;
        return line;
    }

    boolean fitsAddition(DayOrder order, long value) {
        if (!strict) {
            return true;
        }
        Band band = Band.of(order.revenue());
        return !band.bounded() || order.revenue() + value < band.upper();
    }

    /** G1: orders of the day with 订单实际利润 = −L exactly (DATA.md §5.5). */
    void plantLossOrders(LocalDate date, List<DayOrder> orders, long[] losses, boolean onY) {
        for (long loss : losses) {
            List<DayOrder> candidates = new ArrayList<>();
            for (DayOrder order : orders) {
                if (free(order) && order.channel.delivery() && order.revenue() <= 3000 && !order.lines.isEmpty()) {
                    candidates.add(order);
                }
            }
            if (candidates.isEmpty() && !strict) {
                return;
            }
            if (candidates.isEmpty()) {
                throw new GenerationException(plan.identity.name() + " " + date + ": no order for G1");
            }
            DayOrder order = Draw.pick(streams.plants, candidates);
            long rebates = order.rebates();
            order.deliveryFee = order.gross() - order.fees() + rebates + loss;
            long net = order.netDeliveryCost();
            if (net > 500) {
                order.userPaidDeliveryFee += net - 500;
            }
            order.planted = true;
            order.used = true;
            if (onY) {
                log.lossOrders.add(order.orderId);
            }
        }
    }

    /** G2: four orders with 配送净成本 = 6.00 + P_i (DATA.md §5.5); on Y the first is re-timed to 22:15:00. */
    void plantDeliveryOrders(LocalDate date, List<DayOrder> orders, boolean onY) {
        for (int i = 0; i < 4; i++) {
            List<DayOrder> candidates = new ArrayList<>();
            for (DayOrder order : orders) {
                if (free(order) && order.channel.delivery() && order.gross() - order.fees() >= 1000) {
                    candidates.add(order);
                }
            }
            if (candidates.isEmpty() && !strict) {
                return;
            }
            if (candidates.isEmpty()) {
                throw new GenerationException(plan.identity.name() + " " + date + ": no order for G2");
            }
            DayOrder order = Draw.pick(streams.plants, candidates);
            long premium = 50 + 100L * i;
            order.userPaidDeliveryFee = 0;
            order.deliveryFeeDiscount = 0;
            order.deliveryFee = 600 + premium + order.rebates();
            order.distanceM = G2_DISTANCES[i % 4];
            if (onY && i == 0) {
                order.time = date.atTime(22, 15, 0);
            }
            order.planted = true;
            order.used = true;
            if (onY) {
                log.deliveryOrders.add(order.orderId);
            }
        }
    }

    /**
     * Decoy test orders on Y (DATA.md §5.6): 饿了么, quiet SKUs only, 平台服务费 0.00 on every line, 物流配送费 12.00,
     * 用户支付配送费 0. They use stream decoys only and get sequence numbers after the background orders.
     */
    List<DayOrder> testOrders(LocalDate date, int count, int nextSequence, List<Integer> quietSkus) {
        SplittableRandom decoys = streams.decoys;
        List<DayOrder> made = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            DayOrder order = new DayOrder(null, Channel.ELEME, false);
            int hour = Draw.categorical(decoys, HOURS);
            order.time = date.atTime(hour, decoys.nextInt(60), decoys.nextInt(60));
            while (true) {
                order.lines.clear();
                int lines = 1 + decoys.nextInt(3);
                for (int i = 0; i < lines; i++) {
                    int sku = quietSkus.get(decoys.nextInt(quietSkus.size()));
                    if (!order.hasSku(sku)) {
                        Sku item = plan.sku(sku);
                        order.lines.add(new DayLine(item, null, 1, item.salePrice()));
                    }
                }
                long gross = order.gross();
                if (gross > 0 && gross < 1200) {
                    break;
                }
            }
            order.valid = false;
            order.planted = true;
            order.address = addresses.decoy(k);
            order.distanceM = 300 + 10 * decoys.nextInt(300);
            order.deliveryFee = 1200;
            order.naturalDeliveryFee = 1200;
            assignId(date, order, nextSequence + k);
            made.add(order);
            log.testOrders.add(order.orderId);
        }
        return made;
    }

    /** Decoy: one small-bag line on Y at 实收价格 0.05, below its cost 0.08. */
    void belowCostBag(List<DayOrder> orders) {
        List<DayOrder> candidates = new ArrayList<>();
        for (DayOrder order : orders) {
            if (free(order)) {
                for (DayLine line : order.lines) {
                    if (line.sku == plan.smallBag && line.receivedPrice > 5) {
                        // The order must stay profitable before delivery (Q1) with the bag at 0.05.
                        long fee = order.channel.serviceFee(5);
                        long profit = order.gross() - order.fees() + order.rebates() - (line.receivedPrice - 5)
                                + line.fee - fee - line.rebate;
                        if (profit >= 1) {
                            candidates.add(order);
                        }
                        break;
                    }
                }
            }
        }
        if (candidates.isEmpty() && !strict) {
            return;
        }
        if (candidates.isEmpty()) {
            throw new GenerationException(plan.identity.name() + ": no small-bag line on Y for the below-cost decoy");
        }
        DayOrder order = Draw.pick(streams.decoys, candidates);
        for (DayLine line : order.lines) {
            if (line.sku == plan.smallBag) {
                line.receivedPrice = 5;
                line.reprice(order.channel, order.rebate);
                line.planted = true;
            }
        }
        order.used = true;
        log.belowCostDecoyOrder = order.orderId;
    }

    // ------------------------------------------------------------------------------------ canonical order

    static void sortCanonical(List<DayOrder> orders) {
        for (DayOrder order : orders) {
            order.lines.sort(CANONICAL_LINES);
        }
        orders.sort(CANONICAL_ORDERS);
    }

    // ------------------------------------------------------------------------------------ stock

    /** Stock level and base demand per SKU: 3–10 days of demand, from stream stock. */
    void initStock(int[] dailyDemand) {
        SplittableRandom random = streams.stock;
        for (int s = 0; s < stock.length; s++) {
            long base = Math.max(1, dailyDemand[s]);
            demand[s] = base;
            stockLevel[s] = (3 + random.nextInt(8)) * base;
            stock[s] = stockLevel[s];
        }
    }

    /**
     * Replenishes overnight (to the stock level, or more when the coming day would otherwise leave less than two
     * days of demand) and prints on each line the stock right after it. Lines of invalid (decoy) orders show the
     * current stock and take nothing. SKUs in noReplenish are never refilled; zeroDay SKUs open with exactly the
     * day's sales, so that their last line shows 0 (G3).
     */
    void applyStock(List<DayOrder> orders, boolean[] noStock, boolean[] noReplenish, boolean[] zeroDay) {
        long[] dayQty = new long[stock.length];
        for (DayOrder order : orders) {
            if (order.valid) {
                for (DayLine line : order.lines) {
                    dayQty[line.sku] += line.qty;
                }
            }
        }
        for (int s = 0; s < stock.length; s++) {
            if (dayQty[s] == 0 || noStock[s] || noReplenish[s]) {
                continue;
            }
            if (zeroDay[s]) {
                stock[s] = dayQty[s];
            } else if (stock[s] - dayQty[s] < 2 * demand[s]) {
                stock[s] = Math.max(stockLevel[s], dayQty[s] + 2 * demand[s]);
            }
        }
        for (DayOrder order : orders) {
            for (DayLine line : order.lines) {
                if (noStock[line.sku]) {
                    line.stock = DayLine.NO_STOCK;
                    continue;
                }
                if (order.valid) {
                    stock[line.sku] -= line.qty;
                }
                line.stock = stock[line.sku];
                line.plantedZeroStock = zeroDay[line.sku] && line.stock == 0 && order.valid;
            }
        }
    }

    /** The last line of a SKU among valid orders (after canonical sorting), or null. */
    static DayLine lastLine(List<DayOrder> orders, int sku, DayOrder[] orderOut) {
        for (int i = orders.size() - 1; i >= 0; i--) {
            DayOrder order = orders.get(i);
            if (!order.valid) {
                continue;
            }
            for (int j = order.lines.size() - 1; j >= 0; j--) {
                if (order.lines.get(j).sku == sku) {
                    if (orderOut != null) {
                        orderOut[0] = order;
                    }
                    return order.lines.get(j);
                }
            }
        }
        return null;
    }
}
