package com.storeboard.generator;

import com.storeboard.orders.OrderLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recomputes, from the generated rows themselves, the card figures that the manifest promises (DATA.md §5.8,
 * §5.9) with the definitions of DIAGNOSIS.md and its default configuration: counts, sub-counts, the listed
 * amounts and the per-item values of the planted items. It reads each store's days once, in canonical order,
 * and keeps only per-product, per-customer and per-day aggregates of the windows that the cards look at, so it
 * works on datasets of any size. It is not the diagnosis engine: it computes what the manifest needs, nothing
 * more, and the generator compares it with the planted constants before it writes a manifest.
 */
final class CardEvaluator {

    static final Set<String> FEE_CHANNELS = Set.of("饿了么", "京东到家", "美团闪购", "美团共橙", "抖音", "抖音直播",
            "淘鲜达", "京东秒送", "美团咖啡店", "饿了么咖啡店");
    static final String CONSUMABLE = "耗材";
    private static final int HORIZON = 60;
    private static final int WINDOW = 14;
    static final List<String> REASONS = List.of("缺货", "涨价", "下架", "其他");
    static final String[] BUCKETS = {"0-3km", "3-5km", "5-8km", "8km+", "未知"};

    private final LocalDate y;
    private StoreCards current;

    CardEvaluator(LocalDate referenceDate) {
        this.y = referenceDate;
    }

    // ---------------------------------------------------------------------------------------------- state

    /** Aggregates of one product (store, productKey) over the windows the cards read. */
    static final class Product {
        final String key;
        String name;
        String category;
        final long[] qty = new long[WINDOW];
        final long[] revenue = new long[WINDOW];
        final long[] profit = new long[WINDOW];
        final Long[] stockOn = new Long[8];
        long horizonQty;
        long horizonCost;
        LocalDate lastSale;
        Long latestStock;
        boolean soldInLookback;
        LocalDate lastSaleBeforeLookback;
        long abnormalQty;
        long abnormalCost;
        long abnormalRevenue;
        int abnormalLines;
        boolean lineInRecent;
        long recentSaleSum;
        long recentQty;
        final Map<String, Series> series = new TreeMap<>();

        Product(String key) {
            this.key = key;
        }

        boolean consumable() {
            return CONSUMABLE.equals(category);
        }
    }

    /** Daily sums of one (product, channel) series over the horizon, by offset from Y. */
    static final class Series {
        final long[] qty = new long[HORIZON];
        final long[] originalSum = new long[HORIZON];
        final long[] saleSum = new long[HORIZON];
    }

    /** One customer (addressKey) over the churn window. */
    static final class Customer {
        final String key;
        int orders;
        LocalDate last;
        long ltv;
        final Map<String, long[]> products = new HashMap<>();

        Customer(String key) {
            this.key = key;
        }
    }

    record OrderItem(String orderId, long orderProfit, long netDeliveryCost, String bucket) {
    }

    record Churner(String customerKey, int orders, LocalDate lastOrderDate, long ltv, String riskLevel,
            String primaryReason) {
    }

    record PriceEvent(String productKey, String channel, LocalDate changeDate, String changeType,
            BigDecimal priceChangeRatio, BigDecimal qtyChangeRatio, BigDecimal elasticity, String sensitivity) {
    }

    /** Everything the evaluator keeps for one store, then the card results. */
    static final class StoreCards {
        final String storeName;
        final Map<String, Product> products = new HashMap<>();
        final Map<String, Customer> customers = new HashMap<>();
        int excludedOrders;
        final int[] overflowCount = new int[4];
        final long[] overflowLoss = new long[4];
        final int[] deliveryCount = new int[4];
        final long[] deliveryPremium = new long[4];
        final int[] bucketCount = new int[BUCKETS.length];
        final List<OrderItem> overflowItems = new ArrayList<>();
        final List<OrderItem> deliveryItems = new ArrayList<>();
        final int[] historyBands = new int[Band.values().length];
        final int[] recentBands = new int[Band.values().length];
        long historyRevenue;
        boolean knownStockInWindow;
        // results
        final Map<String, Integer> stockoutDays = new TreeMap<>();
        int stockoutPersistent;
        int stockoutNew;
        final List<Churner> churners = new ArrayList<>();
        final Map<String, long[]> belowCost = new TreeMap<>();
        int belowCostSevere;
        long belowCostLoss;
        final Map<String, long[]> trafficDrops = new TreeMap<>();
        final int[] trafficSeverity = new int[3];
        long lostQty;
        final Map<String, BigDecimal[]> marginDrops = new TreeMap<>();
        /** changePp of every product present in both windows (to verify the stability checks of G7 and G12). */
        final Map<String, BigDecimal> marginChangePp = new HashMap<>();
        /** Display name (latest line) of every product. */
        final Map<String, String> names = new HashMap<>();
        final int[] marginBuckets = new int[4];
        final Map<String, Object[]> slowMovers = new TreeMap<>();
        final int[] slowLevels = new int[3];
        BigDecimal slowCost = BigDecimal.ZERO;
        final Map<String, Object[]> newProducts = new TreeMap<>();
        final int[] dormancy = new int[3];
        final List<PriceEvent> priceEvents = new ArrayList<>();
        final int[] sensitivity = new int[4];
        final Map<String, Object[]> hotProducts = new TreeMap<>();
        final int[] hotLevels = new int[4];
        int hotSustained;
        int highProfitEligible;

        StoreCards(String storeName) {
            this.storeName = storeName;
        }
    }

    // ---------------------------------------------------------------------------------------------- input

    void beginStore(String storeName) {
        current = new StoreCards(storeName);
    }

    void acceptDay(LocalDate date, List<OrderLine> lines) {
        int offset = (int) (y.toEpochDay() - date.toEpochDay());
        if (offset < 0 || offset >= HORIZON) {
            return;
        }
        int start = 0;
        while (start < lines.size()) {
            int end = start + 1;
            String orderId = lines.get(start).orderId();
            while (end < lines.size() && lines.get(end).orderId().equals(orderId)) {
                end++;
            }
            acceptOrder(date, offset, lines.subList(start, end));
            start = end;
        }
    }

    private static long cents(BigDecimal value) {
        return value == null ? 0 : value.movePointRight(2).longValueExact();
    }

    private void acceptOrder(LocalDate date, int offset, List<OrderLine> lines) {
        StoreCards s = current;
        OrderLine first = lines.get(0);
        long revenue = 0;
        long gross = 0;
        long fees = 0;
        long rebates = 0;
        boolean feeKnown = false;
        for (OrderLine line : lines) {
            revenue += cents(line.receivedPrice()) * line.quantity();
            gross += cents(line.grossProfit());
            if (line.platformServiceFee() != null) {
                feeKnown = true;
                fees += cents(line.platformServiceFee());
            }
            rebates += cents(line.corporateRebate());
        }
        boolean valid = !(FEE_CHANNELS.contains(first.channel()) && feeKnown && fees <= 0);
        if (!valid) {
            s.excludedOrders++;
            return;
        }
        long deliveryFee = cents(first.deliveryFee());
        if (offset <= 3) {
            long profit = gross - fees - deliveryFee + rebates;
            if (profit < 0 && gross != 0) {
                s.overflowCount[offset]++;
                s.overflowLoss[offset] += -profit;
                if (offset == 0) {
                    s.overflowItems.add(new OrderItem(first.orderId(), profit, 0, null));
                }
            }
            long net = deliveryFee - (cents(first.userPaidDeliveryFee()) - cents(first.deliveryFeeDiscount()))
                    - rebates;
            if (net > 600) {
                s.deliveryCount[offset]++;
                s.deliveryPremium[offset] += net - 600;
                if (offset == 0) {
                    int bucket = bucket(first.distanceM());
                    s.bucketCount[bucket]++;
                    s.deliveryItems.add(new OrderItem(first.orderId(), profit, net, BUCKETS[bucket]));
                }
            }
        }
        int band = Band.of(revenue).ordinal();
        if (offset < 30) {
            s.recentBands[band]++;
        } else {
            s.historyBands[band]++;
        }
        Customer customer = null;
        String key = Addresses.key(first.address());
        if (offset < 30 && key != null) {
            customer = s.customers.computeIfAbsent(key, Customer::new);
            customer.orders++;
            if (customer.last == null || date.isAfter(customer.last)) {
                customer.last = date;
            }
            customer.ltv += revenue;
        }
        java.util.Set<String> seenInOrder = new java.util.HashSet<>();
        for (OrderLine line : lines) {
            acceptLine(date, offset, first.channel(), line);
            if (customer != null && !CONSUMABLE.equals(line.categoryL1())) {
                long[] agg = customer.products.computeIfAbsent(line.productKey(), k -> new long[3]);
                if (seenInOrder.add(line.productKey())) {
                    agg[0]++;
                }
                agg[1] += line.quantity();
                if (line.quantity() > 0) {
                    agg[2] += cents(line.salePrice()) * line.quantity();
                }
            }
        }
    }

    private void acceptLine(LocalDate date, int offset, String channel, OrderLine line) {
        StoreCards s = current;
        Product p = s.products.computeIfAbsent(line.productKey(), Product::new);
        p.name = line.productName();
        p.category = line.categoryL1();
        int q = line.quantity();
        long received = cents(line.receivedPrice());
        long cost = cents(line.lineCost());
        p.horizonQty += q;
        p.horizonCost += cost;
        if (q > 0 && (p.lastSale == null || date.isAfter(p.lastSale))) {
            p.lastSale = date;
        }
        if (line.stock() != null) {
            p.latestStock = line.stock().longValueExact();
            if (offset < 8) {
                p.stockOn[offset] = p.latestStock;
            }
            if (offset < 7) {
                s.knownStockInWindow = true;
            }
        }
        if (offset < WINDOW) {
            p.qty[offset] += q;
            p.revenue[offset] += received * q;
            p.profit[offset] += cents(line.grossProfit());
        }
        if (q > 0 && offset >= 1 && offset <= 7) {
            p.soldInLookback = true;
        }
        if (q > 0 && offset >= 8 && (p.lastSaleBeforeLookback == null || date.isAfter(p.lastSaleBeforeLookback))) {
            p.lastSaleBeforeLookback = date;
        }
        if (offset == 0 && q > 0 && received > 0 && cost > 0 && received * q < cost) {
            p.abnormalQty += q;
            p.abnormalCost += cost;
            p.abnormalRevenue += received * q;
            p.abnormalLines++;
        }
        if (offset < 7) {
            p.lineInRecent = true;
            if (q > 0) {
                p.recentQty += q;
                p.recentSaleSum += cents(line.salePrice()) * q;
            }
        }
        if (q > 0) {
            Series series = p.series.computeIfAbsent(channel, c -> new Series());
            series.qty[offset] += q;
            series.originalSum[offset] += cents(line.originalPrice()) * q;
            series.saleSum[offset] += cents(line.salePrice()) * q;
        }
    }

    private static int bucket(Integer distance) {
        if (distance == null) {
            return 4;
        }
        return distance < 3000 ? 0 : distance < 5000 ? 1 : distance < 8000 ? 2 : 3;
    }

    // ---------------------------------------------------------------------------------------------- cards

    StoreCards endStore() {
        StoreCards s = current;
        current = null;
        for (Product p : s.products.values()) {
            s.names.put(p.key, p.name);
            if (p.consumable()) {
                continue;
            }
            stockout(s, p);
            belowCost(s, p);
            trafficDrop(s, p);
            marginDrop(s, p);
            slowMoving(s, p);
            newProduct(s, p);
            priceEvents(s, p);
            hot(s, p);
            if (p.profit[0] > 0 && p.qty[0] >= 3) {
                s.highProfitEligible++;
            }
        }
        churn(s);
        s.priceEvents.sort(Comparator.comparing(PriceEvent::productKey).thenComparing(PriceEvent::changeDate));
        // The products and customers are not needed any more.
        s.products.clear();
        s.customers.clear();
        return s;
    }

    private void stockout(StoreCards s, Product p) {
        long windowQty = 0;
        for (int i = 0; i < 7; i++) {
            windowQty += p.qty[i];
        }
        boolean item;
        if (s.knownStockInWindow) {
            item = windowQty > 0 && p.stockOn[0] != null && p.stockOn[0] <= 0;
        } else {
            item = p.qty[1] >= 3 && p.qty[0] == 0;
        }
        if (!item) {
            return;
        }
        int days = 0;
        while (days < 7 && p.stockOn[days] != null && p.stockOn[days] <= 0) {
            days++;
        }
        s.stockoutDays.put(p.key, days);
        if (days >= 3) {
            s.stockoutPersistent++;
        }
        if (days == 1) {
            s.stockoutNew++;
        }
    }

    private void belowCost(StoreCards s, Product p) {
        if (p.abnormalLines == 0) {
            return;
        }
        long loss = p.abnormalCost - p.abnormalRevenue;
        boolean severe = p.abnormalRevenue * 100 < 80 * p.abnormalCost;
        s.belowCost.put(p.key, new long[] {loss, severe ? 1 : 0});
        if (severe) {
            s.belowCostSevere++;
        }
        s.belowCostLoss += loss;
    }

    private void trafficDrop(StoreCards s, Product p) {
        long prev = 0;
        long recent = 0;
        for (int i = 0; i < 7; i++) {
            recent += p.qty[i];
            prev += p.qty[i + 7];
        }
        if (prev < 14 || 100 * (prev - recent) <= 30 * prev) {
            return;
        }
        int severity = 100 * (prev - recent) > 60 * prev ? 0 : 100 * (prev - recent) >= 40 * prev ? 1 : 2;
        s.trafficSeverity[severity]++;
        s.lostQty += prev - recent;
        s.trafficDrops.put(p.key, new long[] {prev, recent, severity});
    }

    private void marginDrop(StoreCards s, Product p) {
        long prevRevenue = 0;
        long recentRevenue = 0;
        long prevProfit = 0;
        long recentProfit = 0;
        long recentQty = 0;
        for (int i = 0; i < 7; i++) {
            recentRevenue += p.revenue[i];
            recentProfit += p.profit[i];
            recentQty += p.qty[i];
            prevRevenue += p.revenue[i + 7];
            prevProfit += p.profit[i + 7];
        }
        if (prevRevenue <= 0 || recentRevenue <= 0) {
            return;
        }
        BigDecimal prevMargin = ratio(prevProfit, prevRevenue);
        BigDecimal recentMargin = ratio(recentProfit, recentRevenue);
        BigDecimal changePp = recentMargin.subtract(prevMargin).multiply(BigDecimal.valueOf(100));
        s.marginChangePp.put(p.key, changePp);
        if (changePp.compareTo(BigDecimal.valueOf(-5)) >= 0 || recentQty < 5 || prevMargin.signum() <= 0) {
            return;
        }
        int bucket = changePp.compareTo(BigDecimal.valueOf(-10)) >= 0 ? 0
                : changePp.compareTo(BigDecimal.valueOf(-15)) >= 0 ? 1
                : changePp.compareTo(BigDecimal.valueOf(-20)) >= 0 ? 2 : 3;
        s.marginBuckets[bucket]++;
        s.marginDrops.put(p.key, new BigDecimal[] {prevMargin, recentMargin, changePp, BigDecimal.valueOf(bucket)});
    }

    private void slowMoving(StoreCards s, Product p) {
        if (p.lastSale == null || p.latestStock == null || p.latestStock <= 0) {
            return;
        }
        int days = (int) (y.toEpochDay() - p.lastSale.toEpochDay());
        int level = days == 3 ? 0 : days == 7 ? 1 : days == 15 ? 2 : -1;
        if (level < 0) {
            return;
        }
        BigDecimal unitCost = BigDecimal.valueOf(p.horizonCost, 2)
                .divide(BigDecimal.valueOf(Math.max(p.horizonQty, 1)), 10, RoundingMode.HALF_UP);
        BigDecimal stockCost = unitCost.multiply(BigDecimal.valueOf(p.latestStock));
        s.slowLevels[level]++;
        s.slowCost = s.slowCost.add(stockCost);
        s.slowMovers.put(p.key, new Object[] {level, p.lastSale, days, p.latestStock, stockCost});
    }

    private void newProduct(StoreCards s, Product p) {
        if (p.qty[0] <= 0 || p.soldInLookback) {
            return;
        }
        LocalDate previous = p.lastSaleBeforeLookback;
        Integer dormant = previous == null ? null : (int) (y.toEpochDay() - previous.toEpochDay());
        int level = dormant == null || dormant > 30 ? 2 : dormant <= 14 ? 0 : 1;
        s.dormancy[level]++;
        s.newProducts.put(p.key, new Object[] {previous, dormant, level});
    }

    private void priceEvents(StoreCards s, Product p) {
        BigDecimal c = new BigDecimal("0.05");
        for (Map.Entry<String, Series> entry : p.series.entrySet()) {
            Series series = entry.getValue();
            List<Integer> observed = new ArrayList<>();
            for (int offset = HORIZON - 1; offset >= 0; offset--) {
                if (series.qty[offset] > 0) {
                    observed.add(offset);
                }
            }
            for (int idx = 1; idx < observed.size(); idx++) {
                int t = observed.get(idx);
                if (t > 29) {
                    continue;
                }
                int previous = observed.get(idx - 1);
                BigDecimal o0 = ratio(series.originalSum[previous], series.qty[previous] * 100);
                BigDecimal o1 = ratio(series.originalSum[t], series.qty[t] * 100);
                BigDecimal s0 = ratio(series.saleSum[previous], series.qty[previous] * 100);
                BigDecimal s1 = ratio(series.saleSum[t], series.qty[t] * 100);
                BigDecimal dO = o0.signum() == 0 ? BigDecimal.ZERO : changeRatio(o0, o1);
                BigDecimal dS = s0.signum() == 0 ? BigDecimal.ZERO : changeRatio(s0, s1);
                boolean bigO = dO.abs().compareTo(c) > 0;
                boolean bigS = dS.abs().compareTo(c) > 0;
                if (!bigO && !bigS) {
                    continue;
                }
                int beforeFrom = Math.max(0, idx - 7);
                int beforeDays = idx - beforeFrom;
                int afterTo = Math.min(observed.size(), idx + 7);
                int afterDays = afterTo - idx;
                if (beforeDays < 3 || afterDays < 3) {
                    continue;
                }
                long qtyBefore = 0;
                for (int k = beforeFrom; k < idx; k++) {
                    qtyBefore += series.qty[observed.get(k)];
                }
                long qtyAfter = 0;
                for (int k = idx; k < afterTo; k++) {
                    qtyAfter += series.qty[observed.get(k)];
                }
                String type = bigS && bigO ? "主动调价" : bigS ? "促销/活动" : "标价调整";
                BigDecimal price = bigS ? dS : dO;
                boolean up = price.signum() > 0;
                BigDecimal avgBefore = BigDecimal.valueOf(qtyBefore).divide(BigDecimal.valueOf(beforeDays), 10,
                        RoundingMode.HALF_UP);
                BigDecimal avgAfter = BigDecimal.valueOf(qtyAfter).divide(BigDecimal.valueOf(afterDays), 10,
                        RoundingMode.HALF_UP);
                BigDecimal qtyChange = changeRatio(avgBefore, avgAfter);
                BigDecimal elasticity = qtyChange.divide(price, 10, RoundingMode.HALF_UP);
                int sensitivity;
                if ((up && qtyChange.signum() >= 0) || (!up && qtyChange.signum() < 0)) {
                    sensitivity = 3;
                } else if (elasticity.abs().compareTo(new BigDecimal("1.5")) > 0) {
                    sensitivity = 0;
                } else if (elasticity.abs().compareTo(new BigDecimal("0.5")) > 0) {
                    sensitivity = 1;
                } else {
                    sensitivity = 2;
                }
                s.sensitivity[sensitivity]++;
                s.priceEvents.add(new PriceEvent(p.key, entry.getKey(), y.minusDays(t), type, price, qtyChange,
                        elasticity, List.of("🔴高", "🟡中", "🟢低", "🟣异常").get(sensitivity)));
            }
        }
    }

    private void hot(StoreCards s, Product p) {
        long qtyY = p.qty[0];
        long qtyD = p.qty[1];
        boolean newBurst = qtyD == 0 && qtyY > 0;
        if (qtyY < 10) {
            return;
        }
        BigDecimal growth = newBurst ? BigDecimal.ONE : qtyD > 0
                ? BigDecimal.valueOf(qtyY - qtyD).divide(BigDecimal.valueOf(qtyD), 10, RoundingMode.HALF_UP) : null;
        if (growth == null || growth.compareTo(new BigDecimal("0.50")) <= 0) {
            return;
        }
        int level = newBurst ? 3 : growth.compareTo(BigDecimal.valueOf(2)) > 0 ? 2
                : growth.compareTo(BigDecimal.ONE) > 0 ? 1 : 0;
        int consecutive = 0;
        if (!newBurst) {
            while (consecutive < 7 && p.qty[consecutive] > p.qty[consecutive + 1] && p.qty[consecutive + 1] > 0) {
                consecutive++;
            }
        }
        s.hotLevels[level]++;
        if (consecutive >= 3) {
            s.hotSustained++;
        }
        s.hotProducts.put(p.key, new Object[] {qtyY, qtyD, newBurst ? null : growth, level, consecutive});
    }

    private void churn(StoreCards s) {
        LocalDate inactiveFrom = y.minusDays(7);
        for (Customer c : s.customers.values()) {
            if (c.orders < 2 || c.last.isAfter(inactiveFrom)) {
                continue;
            }
            int days = (int) (y.toEpochDay() - c.last.toEpochDay());
            List<Map.Entry<String, long[]>> top = new ArrayList<>();
            for (Map.Entry<String, long[]> e : c.products.entrySet()) {
                Product p = s.products.get(e.getKey());
                if (p != null && !p.consumable()) {
                    top.add(e);
                }
            }
            top.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                    .thenComparingLong(e -> -e.getValue()[1])
                    .thenComparing(Map.Entry::getKey));
            int primary = 3;
            for (int i = 0; i < Math.min(3, top.size()); i++) {
                Map.Entry<String, long[]> e = top.get(i);
                Product p = s.products.get(e.getKey());
                BigDecimal customerPrice = e.getValue()[1] > 0
                        ? ratio(e.getValue()[2], e.getValue()[1] * 100) : null;
                BigDecimal recentPrice = p.recentQty > 0 ? ratio(p.recentSaleSum, p.recentQty * 100) : null;
                int reason;
                if (p.latestStock != null && p.latestStock <= 0) {
                    reason = 0;
                } else if (recentPrice != null && customerPrice != null && customerPrice.signum() > 0
                        && recentPrice.compareTo(customerPrice.multiply(new BigDecimal("1.10"))) > 0) {
                    reason = 1;
                } else if (!p.lineInRecent && p.latestStock == null) {
                    reason = 2;
                } else {
                    reason = 3;
                }
                primary = Math.min(primary, reason);
            }
            s.churners.add(new Churner(c.key, c.orders, c.last, c.ltv, days >= 14 ? "高危" : "预警",
                    REASONS.get(primary)));
        }
        s.churners.sort(Comparator.comparing(Churner::customerKey));
    }

    // ---------------------------------------------------------------------------------------------- numbers

    /** a ÷ b at scale 10 HALF_UP, from cents (or any common unit). */
    static BigDecimal ratio(long a, long b) {
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 10, RoundingMode.HALF_UP);
    }

    static BigDecimal changeRatio(BigDecimal before, BigDecimal after) {
        if (before.signum() > 0) {
            return after.subtract(before).divide(before, 10, RoundingMode.HALF_UP);
        }
        if (before.signum() == 0) {
            return BigDecimal.valueOf(after.signum());
        }
        return after.subtract(before).divide(before.abs(), 10, RoundingMode.HALF_UP);
    }

    static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String money(long cents) {
        return Cents.format(cents);
    }

    /** The trend direction of DIAGNOSIS.md §1.9 for today's count against the baseline counts. */
    static String trend(int today, int... baseline) {
        long sum = 0;
        for (int count : baseline) {
            sum += count;
        }
        if (sum == 0) {
            return today > 0 ? "NEW" : "STABLE";
        }
        BigDecimal avg = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(baseline.length), 10,
                RoundingMode.HALF_UP);
        BigDecimal change = BigDecimal.valueOf(today).subtract(avg).divide(avg, 10, RoundingMode.HALF_UP);
        if (change.compareTo(new BigDecimal("0.30")) > 0) {
            return "UP";
        }
        return change.compareTo(new BigDecimal("-0.30")) < 0 ? "DOWN" : "STABLE";
    }

    static String mainBucket(int[] buckets) {
        int total = 0;
        int best = -1;
        for (int b = 0; b < BUCKETS.length; b++) {
            total += buckets[b];
            if (b < 4 && buckets[b] > 0 && (best < 0 || buckets[b] > buckets[best])) {
                best = b;
            }
        }
        if (total == 0) {
            return null;
        }
        return best < 0 ? BUCKETS[4] : BUCKETS[best];
    }

    // ---------------------------------------------------------------------------------------------- expected

    /** The "expected" block of one scope, keys in the order of DATA.md §5.8. */
    static Map<String, Object> expected(List<StoreCards> stores) {
        int excluded = 0;
        int[] overflowCount = new int[4];
        long[] overflowLoss = new long[4];
        int[] deliveryCount = new int[4];
        long[] deliveryPremium = new long[4];
        int[] buckets = new int[BUCKETS.length];
        int stockout = 0;
        int persistent = 0;
        int newStockout = 0;
        List<Churner> churners = new ArrayList<>();
        int[] historyBands = new int[Band.values().length];
        int[] recentBands = new int[Band.values().length];
        int belowCost = 0;
        int belowSevere = 0;
        long belowLoss = 0;
        int[] traffic = new int[3];
        long lost = 0;
        int[] margin = new int[4];
        int[] slow = new int[3];
        BigDecimal slowCost = BigDecimal.ZERO;
        int[] dormancy = new int[3];
        int[] sensitivity = new int[4];
        int[] hot = new int[4];
        int sustained = 0;
        int eligible = 0;
        for (StoreCards s : stores) {
            excluded += s.excludedOrders;
            for (int i = 0; i < 4; i++) {
                overflowCount[i] += s.overflowCount[i];
                overflowLoss[i] += s.overflowLoss[i];
                deliveryCount[i] += s.deliveryCount[i];
                deliveryPremium[i] += s.deliveryPremium[i];
            }
            for (int b = 0; b < BUCKETS.length; b++) {
                buckets[b] += s.bucketCount[b];
            }
            stockout += s.stockoutDays.size();
            persistent += s.stockoutPersistent;
            newStockout += s.stockoutNew;
            churners.addAll(s.churners);
            for (int b = 0; b < historyBands.length; b++) {
                historyBands[b] += s.historyBands[b];
                recentBands[b] += s.recentBands[b];
            }
            belowCost += s.belowCost.size();
            belowSevere += s.belowCostSevere;
            belowLoss += s.belowCostLoss;
            for (int i = 0; i < 3; i++) {
                traffic[i] += s.trafficSeverity[i];
                slow[i] += s.slowLevels[i];
                dormancy[i] += s.dormancy[i];
            }
            lost += s.lostQty;
            for (int i = 0; i < 4; i++) {
                margin[i] += s.marginBuckets[i];
                sensitivity[i] += s.sensitivity[i];
                hot[i] += s.hotLevels[i];
            }
            slowCost = slowCost.add(s.slowCost);
            sustained += s.hotSustained;
            eligible += s.highProfitEligible;
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("excludedOrders", excluded);

        Map<String, Object> overflow = new LinkedHashMap<>();
        overflow.put("count", overflowCount[0]);
        overflow.put("lossAmount", money(overflowLoss[0]));
        overflow.put("avgLoss", overflowCount[0] == 0 ? null
                : money(ratio(overflowLoss[0], overflowCount[0] * 100L)));
        overflow.put("trend", trend(overflowCount[0], overflowCount[1], overflowCount[2], overflowCount[3]));

        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("count", deliveryCount[0]);
        delivery.put("premiumTotal", money(deliveryPremium[0]));
        delivery.put("mainDistanceBucket", mainBucket(buckets));
        delivery.put("trend", trend(deliveryCount[0], deliveryCount[1], deliveryCount[2], deliveryCount[3]));

        Map<String, Object> stock = new LinkedHashMap<>();
        stock.put("count", stockout);
        stock.put("persistentCount", persistent);
        stock.put("newCount", newStockout);

        long ltvSum = 0;
        for (Churner c : churners) {
            ltvSum += c.ltv();
        }
        BigDecimal meanLtv = churners.isEmpty() ? null : ratio(ltvSum, churners.size() * 100L);
        int highRisk = 0;
        int highValue = 0;
        Map<String, Object> reasons = new LinkedHashMap<>();
        for (String reason : REASONS) {
            reasons.put(reason, 0);
        }
        for (Churner c : churners) {
            if (c.riskLevel().equals("高危")) {
                highRisk++;
            }
            if (meanLtv != null && BigDecimal.valueOf(c.ltv(), 2).compareTo(meanLtv) > 0) {
                highValue++;
            }
            reasons.merge(c.primaryReason(), 1, (a, b) -> (Integer) a + (Integer) b);
        }
        Map<String, Object> churn = new LinkedHashMap<>();
        churn.put("count", churners.size());
        churn.put("reasons", reasons);
        churn.put("highRiskCount", highRisk);
        churn.put("highValueCount", highValue);
        churn.put("meanLtv", meanLtv == null ? null : money(meanLtv));

        int[] aov = new int[3];
        for (int b = 0; b < historyBands.length; b++) {
            if (historyBands[b] > 0 && recentBands[b] < historyBands[b]) {
                long drop = historyBands[b] - recentBands[b];
                aov[100 * drop > 30L * historyBands[b] ? 0 : 100 * drop > 15L * historyBands[b] ? 1 : 2]++;
            }
        }
        Map<String, Object> aovBlock = new LinkedHashMap<>();
        aovBlock.put("count", aov[0] + aov[1] + aov[2]);
        aovBlock.put("severe", aov[0]);
        aovBlock.put("moderate", aov[1]);
        aovBlock.put("mild", aov[2]);
        aovBlock.put("periodDays", 30);

        Map<String, Object> price = new LinkedHashMap<>();
        price.put("count", belowCost);
        price.put("severe", belowSevere);
        price.put("mild", belowCost - belowSevere);
        price.put("lossTotal", money(belowLoss));

        Map<String, Object> trafficBlock = new LinkedHashMap<>();
        trafficBlock.put("count", traffic[0] + traffic[1] + traffic[2]);
        trafficBlock.put("severe", traffic[0]);
        trafficBlock.put("medium", traffic[1]);
        trafficBlock.put("mild", traffic[2]);
        trafficBlock.put("lostQty", lost);

        Map<String, Object> marginBlock = new LinkedHashMap<>();
        marginBlock.put("count", margin[0] + margin[1] + margin[2] + margin[3]);
        marginBlock.put("drop5", margin[0]);
        marginBlock.put("drop10", margin[1]);
        marginBlock.put("drop15", margin[2]);
        marginBlock.put("drop20", margin[3]);

        Map<String, Object> slowBlock = new LinkedHashMap<>();
        slowBlock.put("count", slow[0] + slow[1] + slow[2]);
        slowBlock.put("new", slow[0]);
        slowBlock.put("ongoing", slow[1]);
        slowBlock.put("severe", slow[2]);
        slowBlock.put("costTotal", money(slowCost));

        Map<String, Object> newBlock = new LinkedHashMap<>();
        newBlock.put("count", dormancy[0] + dormancy[1] + dormancy[2]);
        newBlock.put("short", dormancy[0]);
        newBlock.put("medium", dormancy[1]);
        newBlock.put("long", dormancy[2]);

        Map<String, Object> elasticity = new LinkedHashMap<>();
        elasticity.put("count", sensitivity[0] + sensitivity[1] + sensitivity[2] + sensitivity[3]);
        elasticity.put("high", sensitivity[0]);
        elasticity.put("medium", sensitivity[1]);
        elasticity.put("low", sensitivity[2]);
        elasticity.put("abnormal", sensitivity[3]);

        Map<String, Object> hotBlock = new LinkedHashMap<>();
        hotBlock.put("count", hot[0] + hot[1] + hot[2] + hot[3]);
        hotBlock.put("growth", hot[0]);
        hotBlock.put("hot", hot[1]);
        hotBlock.put("super", hot[2]);
        hotBlock.put("newBurst", hot[3]);
        hotBlock.put("sustainedCount", sustained);

        Map<String, Object> highProfit = new LinkedHashMap<>();
        highProfit.put("count", Math.min(10, eligible));

        int urgent = overflowCount[0] + deliveryCount[0] + stockout + churners.size() + (aov[0] + aov[1] + aov[2])
                + belowCost + (traffic[0] + traffic[1] + traffic[2]) + (margin[0] + margin[1] + margin[2]
                + margin[3]);
        int watch = (slow[0] + slow[1] + slow[2]) + (dormancy[0] + dormancy[1] + dormancy[2])
                + (sensitivity[0] + sensitivity[1] + sensitivity[2] + sensitivity[3]);
        int highlights = (hot[0] + hot[1] + hot[2] + hot[3]) + Math.min(10, eligible);
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("hasUrgent", urgent > 0);
        flags.put("hasWatch", watch > 0);
        flags.put("hasHighlights", highlights > 0);
        e.put("flags", flags);
        e.put("overflow", overflow);
        e.put("delivery", delivery);
        e.put("stockout", stock);
        e.put("churn", churn);
        e.put("aov", aovBlock);
        e.put("priceAbnormal", price);
        e.put("trafficDrop", trafficBlock);
        e.put("marginDrop", marginBlock);
        e.put("slowMoving", slowBlock);
        e.put("newProducts", newBlock);
        e.put("priceElasticity", elasticity);
        e.put("hotProducts", hotBlock);
        e.put("highProfit", highProfit);
        return e;
    }

    /** Mean LTV over every churner of the scope (DIAGNOSIS.md U4), or null. */
    static BigDecimal meanLtv(List<StoreCards> stores) {
        long sum = 0;
        int n = 0;
        for (StoreCards s : stores) {
            for (Churner c : s.churners) {
                sum += c.ltv();
                n++;
            }
        }
        return n == 0 ? null : ratio(sum, n * 100L);
    }
}
