package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.Churn;
import com.storeboard.diagnosis.model.Values;
import com.storeboard.orders.Digests;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * U4 `churn` — 客户流失预警: customers (addressKey, not split by store) with at least {@code churn.min-orders}
 * valid orders in C = [Y − window-days + 1, Y] whose last order is at least {@code churn.inactive-days} before Y
 * (DIAGNOSIS.md §2 U4), with their top products and the likely reason they left.
 *
 * <p>Decisions:
 * <ul>
 * <li>{@code problemProduct} is "the first top product carrying the primary reason" for every reason, 其他
 * included; only a customer without any non-consumable product has none. {@code reasonProducts} still lists only
 * 缺货, 涨价 and 下架.</li>
 * <li>{@code problemProduct}, {@code ChurnProduct} and the {@code reasonProducts} entries carry the full product
 * identity (storeName, productKey, productName, …), a superset of the spec's {productKey, productName}: in the
 * 全部门店 scope the same productKey of two stores is two products (§1.2), which only storeName tells apart.
 * reasonProducts entries are keyed by (reason, product) and, after the spec's keys (customers, reason priority,
 * productKey), tie on storeName (§1.7).</li>
 * <li>{@code priceChangeRatio} is null when either price is null (a customer who bought p only with 月售 0 has no
 * customer price).</li>
 * <li>RESTOCK's {n} is the customers of that first 缺货 entry ("影响 n 位流失客户" of that product); INVESTIGATE's
 * {n} is the number of items whose primary reason is 其他. TARGETED_COUPON's ratio renders as an unsigned ratio
 * ({@code 15.3%}).</li>
 * <li>The explanation writes {Y} as YYYY-MM-DD (the template gives no MM-dd pattern).</li>
 * <li>The five badges are shown in both states ("always all five"), with zero counts when all is good.</li>
 * </ul>
 */
final class ChurnCard implements CardRule {

    private static final Spec SPEC = new Spec("churn", "U4", "urgent", "👥", "客户流失预警", "Customer churn warning",
            "客户流失预警清单");

    /** Reasons in priority order: a lower index wins. */
    static final String[] REASONS = {"缺货", "涨价", "下架", "其他"};
    private static final int OUT_OF_STOCK = 0;
    private static final int PRICE_RISE = 1;
    private static final int DELISTED = 2;
    private static final int OTHER = 3;

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int minSpanDays(DiagnosisProperties config) {
        return config.churn().inactiveDays() + 1;
    }

    @Override
    public Card.Window window(DiagnosisContext c) {
        int n = c.config.churn().windowDays();
        return c.lastDays(n);
    }

    @Override
    public List<String> sheets() {
        return List.of("流失客户");
    }

    @Override
    public CardOutcome evaluate(DiagnosisContext c) {
        return new Evaluation(c).run();
    }

    /** One top product of a customer: what the reason test needs. */
    private record Top(int product, int purchaseCount, int quantity, BigDecimal customerPrice, int reason) {
    }

    /** A churned customer: the per-customer figures kept for the headline, the sort and the extras. */
    private static final class Item {
        int customer;
        int orderCount;
        int firstDay;
        int lastDay;
        long ltv;
        int reason;
        int problemProduct = -1;
        BigDecimal problemRatio;
        boolean highValue;
    }

    /** The computation of one diagnosis; holds the per-customer and per-product scratch arrays. */
    private static final class Evaluation {
        private final DiagnosisContext c;
        private final ScopeData d;
        private final DiagnosisProperties.Churn p;
        private final int cFrom;
        private final int rFrom;
        // per customer (addressKey index) in C
        private int[] orderCount;
        private int[] firstDay;
        private int[] lastDay;
        private long[] ltv;
        private int[] latestOrder;
        // orders of the churned customers: orders[start[k] … start[k+1]) of churned customer k
        private int[] churnedIndex;
        private int[] churnedStart;
        private int[] churnedOrders;
        // per product scratch for one customer at a time
        private final int[] purchaseCount;
        private final int[] quantity;
        private final long[] saleAmount;
        private final int[] seenInOrder;
        private int[] touched = new int[64];
        // per product, computed once: recent price, stock, presence in R
        private final byte[] productDone;
        private final BigDecimal[] recentPrice;
        private final long[] stock;
        private final boolean[] inRecent;
        private final boolean[] soldInRecent;

        Evaluation(DiagnosisContext c) {
            this.c = c;
            this.d = c.data;
            this.p = c.config.churn();
            this.cFrom = c.yDay - p.windowDays() + 1;
            this.rFrom = c.yDay - p.recentDays() + 1;
            int products = d.productCount;
            purchaseCount = new int[products];
            quantity = new int[products];
            saleAmount = new long[products];
            seenInOrder = new int[products];
            Arrays.fill(seenInOrder, -1);
            productDone = new byte[products];
            recentPrice = new BigDecimal[products];
            stock = new long[products];
            inRecent = new boolean[products];
            soldInRecent = new boolean[products];
        }

        CardOutcome run() {
            collectCustomers();
            List<Item> items = churnedItems();
            int n = items.size();
            long ltvTotal = 0;
            for (Item it : items) {
                ltvTotal += it.ltv;
            }
            BigDecimal meanLtv = Money.perItem(ltvTotal, n);
            int highRisk = 0;
            int highValueCount = 0;
            long highValueLtv = 0;
            int[] reasonCounts = new int[REASONS.length];
            for (Item it : items) {
                if (c.yDay - it.lastDay >= p.highRiskDays()) {
                    highRisk++;
                }
                it.highValue = Money.decimal(it.ltv).compareTo(meanLtv) > 0;
                if (it.highValue) {
                    highValueCount++;
                    highValueLtv += it.ltv;
                }
                reasonCounts[it.reason]++;
            }
            items.sort(Comparator.comparingLong((Item it) -> it.ltv).reversed()
                    .thenComparing(Comparator.comparingInt((Item it) -> c.yDay - it.lastDay).reversed())
                    .thenComparing((a, b) -> d.addressKeys.compare(a.customer, b.customer)));

            List<long[]> problems = problemProducts(items);
            List<Churn.ReasonProduct> reasonProducts = problems.stream()
                    .map(e -> new Churn.ReasonProduct(REASONS[(int) e[0]], c.productId((int) e[1]), (int) e[2])).toList();

            Churn.Headline headline = new Churn.Headline(n, highRisk, n - highRisk,
                    new Churn.ReasonCounts(reasonCounts[OUT_OF_STOCK], reasonCounts[PRICE_RISE], reasonCounts[DELISTED],
                            reasonCounts[OTHER]),
                    highValueCount, money(highValueLtv), Values.Money.of(meanLtv), money(ltvTotal));
            List<Churn.Action> actions = actions(items, highValueCount, highValueLtv, reasonCounts, problems);
            String explanation = "数据日期 " + c.y + "：近" + p.windowDays() + "天下单≥" + p.minOrders() + "次、且最近"
                    + p.inactiveDays() + "天未下单的客户视为流失。";
            // rows are built on demand: the engine keeps only the first max-detail-rows of them
            List<Churn.Row> rows = new AbstractList<>() {
                @Override
                public Churn.Row get(int index) {
                    return row(items.get(index));
                }

                @Override
                public int size() {
                    return n;
                }
            };
            return new CardOutcome()
                    .headline(headline)
                    .rows(rows)
                    .extras(new Churn.Extras(reasonProducts, actions, explanation))
                    .big(Integer.toString(n), "位老客超" + p.inactiveDays() + "天未下单")
                    .subInfo("高危 " + highRisk + " · 预警 " + (n - highRisk))
                    .extraInfo(highValueCount > 0
                            ? "⭐ " + highValueCount + " 位高价值客户（LTV " + Fmt.money(highValueLtv) + "）"
                            : null)
                    .badges(List.of(new Card.Badge("📅 " + Fmt.mmdd(c.y), "gray"),
                            new Card.Badge("🚫缺货 " + reasonCounts[OUT_OF_STOCK], "red"),
                            new Card.Badge("💰涨价 " + reasonCounts[PRICE_RISE], "orange"),
                            new Card.Badge("❌下架 " + reasonCounts[DELISTED], "gray"),
                            new Card.Badge("❓其他 " + reasonCounts[OTHER], "blue")))
                    .action("查看召回名单", "✅ 近" + p.windowDays() + "天的老客都保持活跃", "查看说明");
        }

        /** Per customer over the valid orders of C with an address: orders, first/last day, LTV, latest order. */
        private void collectCustomers() {
            int customers = d.customerCount();
            orderCount = new int[customers];
            firstDay = new int[customers];
            lastDay = new int[customers];
            ltv = new long[customers];
            latestOrder = new int[customers];
            Arrays.fill(latestOrder, -1);
            for (int day = Math.max(0, cFrom); day <= c.yDay; day++) {
                for (int o : c.validOrdersOn(day)) {
                    int k = d.addressKey[o];
                    if (k < 0) {
                        continue;
                    }
                    if (orderCount[k]++ == 0) {
                        firstDay[k] = day;
                    }
                    lastDay[k] = day;
                    ltv[k] += d.revenue.get(o);
                    if (latestOrder[k] < 0 || d.orderRank[o] > d.orderRank[latestOrder[k]]) {
                        latestOrder[k] = o;
                    }
                }
            }
        }

        private boolean churned(int k) {
            return orderCount[k] >= p.minOrders() && orderCount[k] > 0 && c.yDay - lastDay[k] >= p.inactiveDays();
        }

        private List<Item> churnedItems() {
            int customers = orderCount.length;
            churnedIndex = new int[customers];
            int churnedCount = 0;
            int orderTotal = 0;
            for (int k = 0; k < customers; k++) {
                if (churned(k)) {
                    churnedIndex[k] = churnedCount++;
                    orderTotal += orderCount[k];
                } else {
                    churnedIndex[k] = -1;
                }
            }
            churnedStart = new int[churnedCount + 1];
            for (int k = 0; k < customers; k++) {
                if (churnedIndex[k] >= 0) {
                    churnedStart[churnedIndex[k] + 1] = orderCount[k];
                }
            }
            for (int i = 0; i < churnedCount; i++) {
                churnedStart[i + 1] += churnedStart[i];
            }
            churnedOrders = new int[orderTotal];
            int[] fill = Arrays.copyOf(churnedStart, churnedCount);
            for (int day = Math.max(0, cFrom); day <= c.yDay; day++) {
                for (int o : c.validOrdersOn(day)) {
                    int k = d.addressKey[o];
                    if (k >= 0 && churnedIndex[k] >= 0) {
                        churnedOrders[fill[churnedIndex[k]]++] = o;
                    }
                }
            }
            List<Item> items = new ArrayList<>(churnedCount);
            for (int k = 0; k < customers; k++) {
                if (churnedIndex[k] < 0) {
                    continue;
                }
                Item it = new Item();
                it.customer = k;
                it.orderCount = orderCount[k];
                it.firstDay = firstDay[k];
                it.lastDay = lastDay[k];
                it.ltv = ltv[k];
                it.reason = OTHER;
                for (Top t : topProducts(k)) {
                    // the first top product with the highest-priority reason
                    if (it.problemProduct < 0 || t.reason() < it.reason) {
                        it.reason = t.reason();
                        it.problemProduct = t.product();
                        it.problemRatio = priceChange(t);
                    }
                }
                items.add(it);
            }
            return items;
        }

        /** The customer's top products in rank order, with their reasons (non-consumable lines of its orders in C). */
        private Top[] topProducts(int k) {
            int ci = churnedIndex[k];
            int touchedCount = 0;
            for (int i = churnedStart[ci]; i < churnedStart[ci + 1]; i++) {
                int o = churnedOrders[i];
                for (int l = d.lineStart[o]; l < d.lineStart[o + 1]; l++) {
                    int pr = d.lineProduct[l];
                    if (d.consumable[pr]) {
                        continue;
                    }
                    if (seenInOrder[pr] == -1) {
                        if (touchedCount == touched.length) {
                            touched = Arrays.copyOf(touched, touchedCount * 2);
                        }
                        touched[touchedCount++] = pr;
                        seenInOrder[pr] = -2;
                    }
                    if (seenInOrder[pr] != o) {
                        purchaseCount[pr]++;
                        seenInOrder[pr] = o;
                    }
                    int q = d.lineQty[l];
                    quantity[pr] += q;
                    saleAmount[pr] += Money.times(d.salePrice.get(l), q);
                }
            }
            // the first top-products by purchaseCount desc, Σ月售 desc, storeName, productKey: a partial selection
            int limit = Math.min(p.topProducts(), touchedCount);
            int[] best = new int[limit];
            int bestCount = 0;
            for (int t = 0; t < touchedCount; t++) {
                int pr = touched[t];
                int pos = bestCount;
                while (pos > 0 && ranksBefore(pr, best[pos - 1])) {
                    pos--;
                }
                if (pos < limit) {
                    int end = Math.min(bestCount, limit - 1);
                    System.arraycopy(best, pos, best, pos + 1, end - pos);
                    best[pos] = pr;
                    bestCount = Math.min(bestCount + 1, limit);
                }
            }
            Top[] tops = new Top[bestCount];
            for (int i = 0; i < bestCount; i++) {
                int pr = best[i];
                BigDecimal customerPrice = Money.perItem(saleAmount[pr], quantity[pr]);
                tops[i] = new Top(pr, purchaseCount[pr], quantity[pr], customerPrice, reason(pr, customerPrice));
            }
            for (int t = 0; t < touchedCount; t++) {
                int pr = touched[t];
                purchaseCount[pr] = 0;
                quantity[pr] = 0;
                saleAmount[pr] = 0;
                seenInOrder[pr] = -1;
            }
            return tops;
        }

        private boolean ranksBefore(int a, int b) {
            if (purchaseCount[a] != purchaseCount[b]) {
                return purchaseCount[a] > purchaseCount[b];
            }
            if (quantity[a] != quantity[b]) {
                return quantity[a] > quantity[b];
            }
            return d.compareProducts(a, b) < 0;
        }

        /** The first reason that matches (缺货, 涨价, 下架, 其他). */
        private int reason(int pr, BigDecimal customerPrice) {
            product(pr);
            if (stock[pr] != Money.NULL && stock[pr] <= 0) {
                return OUT_OF_STOCK;
            }
            BigDecimal recent = recentPrice[pr];
            if (recent != null && customerPrice != null && customerPrice.signum() > 0
                    && recent.compareTo(customerPrice.multiply(BigDecimal.ONE.add(p.priceRiseRatio()))) > 0) {
                return PRICE_RISE;
            }
            if (!inRecent[pr] && stock[pr] == Money.NULL) {
                return DELISTED;
            }
            return OTHER;
        }

        /** The customer-independent facts of a product: recent mean 商品实售价 in R, latestStock(p, H), lines in R. */
        private void product(int pr) {
            if (productDone[pr] != 0) {
                return;
            }
            productDone[pr] = 1;
            int from = Math.max(0, rFrom);
            recentPrice[pr] = c.meanSalePrice(pr, from, c.yDay);
            stock[pr] = c.latestStock(pr, 0, c.yDay);
            inRecent[pr] = c.exists(pr, from, c.yDay);
            soldInRecent[pr] = c.qty(pr, from, c.yDay) > 0;
        }

        private BigDecimal priceChange(Top t) {
            BigDecimal recent = recentPrice[t.product()];
            return recent == null || t.customerPrice() == null ? null
                    : DiagnosisContext.changeRatio(t.customerPrice(), recent);
        }

        /**
         * The problem products of reasons 缺货, 涨价 and 下架 as {reason, product, customers}, sorted by customers
         * descending, reason priority, productKey, then storeName.
         */
        private List<long[]> problemProducts(List<Item> items) {
            Map<Long, int[]> customers = new HashMap<>();
            for (Item it : items) {
                if (it.problemProduct >= 0 && it.reason != OTHER) {
                    customers.computeIfAbsent((long) it.reason * d.productCount + it.problemProduct, key -> new int[1])[0]++;
                }
            }
            List<long[]> entries = new ArrayList<>();
            customers.forEach((key, count) -> entries.add(new long[] {key / d.productCount, key % d.productCount, count[0]}));
            entries.sort(Comparator.comparingLong((long[] e) -> -e[2]).thenComparingLong(e -> e[0])
                    .thenComparing((long[] e) -> d.productKey[(int) e[1]], Digests.CODE_POINT_ORDER)
                    .thenComparingInt(e -> d.productStore[(int) e[1]]));
            return entries;
        }

        private List<Churn.Action> actions(List<Item> items, int highValueCount, long highValueLtv, int[] reasonCounts,
                List<long[]> problems) {
            List<Churn.Action> actions = new ArrayList<>();
            if (highValueCount > 0) {
                actions.add(new Churn.Action("RECALL_HIGH_VALUE",
                        "优先召回 " + highValueCount + " 位高价值客户（LTV 合计 " + Fmt.money(highValueLtv) + "）"));
            }
            long[] restock = first(problems, OUT_OF_STOCK);
            if (restock != null) {
                actions.add(new Churn.Action("RESTOCK",
                        "尽快补货【" + d.productName((int) restock[1]) + "】，影响 " + restock[2] + " 位流失客户"));
            }
            long[] rise = first(problems, PRICE_RISE);
            if (rise != null) {
                BigDecimal largest = null;
                for (Item it : items) {
                    if (it.reason == PRICE_RISE && it.problemProduct == rise[1] && it.problemRatio != null
                            && (largest == null || it.problemRatio.compareTo(largest) > 0)) {
                        largest = it.problemRatio;
                    }
                }
                actions.add(new Churn.Action("TARGETED_COUPON",
                        "为【" + d.productName((int) rise[1]) + "】的老客发放定向优惠券（涨幅 " + Fmt.percent(largest) + "）"));
            }
            long[] delisted = first(problems, DELISTED);
            if (delisted != null) {
                actions.add(new Churn.Action("SUBSTITUTE", "为已下架的【" + d.productName((int) delisted[1]) + "】推荐替代商品"));
            }
            if (reasonCounts[OTHER] > 0) {
                actions.add(new Churn.Action("INVESTIGATE", "排查 " + reasonCounts[OTHER] + " 位原因不明的流失客户（可能流向竞品）"));
            }
            return actions;
        }

        private static long[] first(List<long[]> entries, int reason) {
            return entries.stream().filter(e -> e[0] == reason).findFirst().orElse(null);
        }

        private Churn.Row row(Item it) {
            int k = it.customer;
            int ci = churnedIndex[k];
            boolean[] stores = new boolean[d.stores.length];
            for (int i = churnedStart[ci]; i < churnedStart[ci + 1]; i++) {
                stores[d.orderStore[churnedOrders[i]]] = true;
            }
            List<String> storeNames = new ArrayList<>();
            for (int s = 0; s < stores.length; s++) {
                if (stores[s]) {
                    storeNames.add(d.stores[s]);
                }
            }
            int days = c.yDay - it.lastDay;
            BigDecimal ltvValue = Money.decimal(it.ltv);
            List<Churn.Product> tops = new ArrayList<>();
            Top problem = null;
            for (Top t : topProducts(k)) {
                int pr = t.product();
                tops.add(new Churn.Product(c.productId(pr), t.purchaseCount(), t.quantity(),
                        Values.Money.of(t.customerPrice()), Values.Money.of(recentPrice[pr]), Values.Ratio.of(priceChange(t)),
                        stock(stock[pr]), soldInRecent[pr], REASONS[t.reason()]));
                if (pr == it.problemProduct) {
                    problem = t;
                }
            }
            return new Churn.Row(d.customerKey(k), d.address(latestOrder[k]), storeNames, it.orderCount, c.date(it.firstDay),
                    c.date(it.lastDay), days, days >= p.highRiskDays() ? "高危" : "预警", Values.Money.of(ltvValue),
                    ltvValue.compareTo(p.ltvHighlight()) >= 0, Values.Money.of(Money.perItem(it.ltv, it.orderCount)),
                    it.highValue, recallPriority(days, ltvValue), REASONS[it.reason],
                    problem == null ? null : c.productId(problem.product()),
                    problem == null ? null : Values.Money.of(problem.customerPrice()),
                    problem == null ? null : Values.Money.of(recentPrice[problem.product()]),
                    problem == null ? null : Values.Ratio.of(priceChange(problem)), tops);
        }

        private String recallPriority(int days, BigDecimal ltvValue) {
            if (days >= p.recallP1Days() && ltvValue.compareTo(p.recallP1MinLtv()) >= 0) {
                return "P1";
            }
            if (days >= p.recallP2Days() && ltvValue.compareTo(p.recallP2MinLtv()) >= 0) {
                return "P2";
            }
            return null;
        }
    }

    private static Values.Stock stock(long units) {
        return units == Money.NULL ? null : Values.Stock.of(Money.decimal(units));
    }

    private static Values.Money money(long units) {
        return Values.Money.of(Money.decimal(units));
    }
}
