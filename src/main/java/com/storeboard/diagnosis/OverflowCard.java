package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.Overflow;
import com.storeboard.diagnosis.model.Values;
import com.storeboard.orders.Digests;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * U1 `overflow` — 亏损订单（穿底止血）: valid orders dated Y that are 穿底 (DATA.md §3.9): 订单实际利润 &lt; 0 and
 * Σ利润额 ≠ 0 (DIAGNOSIS.md §2 U1).
 */
final class OverflowCard implements CardRule {

    private static final Spec SPEC = new Spec("overflow", "U1", "urgent", "💸", "亏损订单（穿底止血）", "Loss-making orders",
            "穿底商品清单");

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int minSpanDays(DiagnosisProperties config) {
        return 1;
    }

    @Override
    public Card.Window window(DiagnosisContext c) {
        return c.lastDays(1);
    }

    @Override
    public List<String> sheets() {
        return List.of("商品汇总", "订单明细", "订单行明细");
    }

    /** The rule: 穿底 valid orders of a day. */
    static int[] items(DiagnosisContext c, int day) {
        ScopeData d = c.data;
        return java.util.Arrays.stream(c.validOrdersOn(day)).filter(d::isLoss).toArray();
    }

    @Override
    public CardOutcome evaluate(DiagnosisContext c) {
        ScopeData d = c.data;
        DiagnosisProperties.Overflow p = c.config.overflow();
        int[] items = items(c, c.yDay);
        long loss = 0;
        Channels channels = new Channels();
        for (int o : items) {
            loss -= d.orderProfit(o);
            channels.add(d.channel(o), -d.orderProfit(o));
        }
        List<Channels.Group> byChannel = channels.ordered();
        BigDecimal lossAmount = Money.decimal(loss);
        BigDecimal avgLoss = Money.perItem(loss, items.length);
        List<Overflow.ChannelLoss> top = byChannel.stream().limit(c.config.topChannelBadges())
                .map(g -> new Overflow.ChannelLoss(g.channel(), g.count(), money(g.amount()))).toList();

        List<Integer> sorted = new ArrayList<>();
        for (int o : items) {
            sorted.add(o);
        }
        sorted.sort(Comparator.<Integer>comparingLong(d::orderProfit).thenComparing(d::compareOrders));
        List<Overflow.Row> rows = sorted.stream().map(o -> row(c, o)).toList();

        List<Overflow.ProductRow> productView = productView(c, items, p);
        Map<String, long[]> causes = new HashMap<>();
        for (Overflow.ProductRow r : productView) {
            if (r.cause() != null) {
                long[] acc = causes.computeIfAbsent(r.cause(), k -> new long[2]);
                acc[0]++;
                acc[1] += Money.units(r.contribution().value().abs());
            }
        }
        List<Overflow.Cause> causeBreakdown = causes.entrySet().stream()
                .map(e -> new Overflow.Cause(e.getKey(), (int) e.getValue()[0], money(e.getValue()[1])))
                .sorted(Comparator.comparing((Overflow.Cause x) -> x.weight().value()).reversed()
                        .thenComparing(Overflow.Cause::cause, Digests.CODE_POINT_ORDER))
                .toList();
        List<Overflow.ChannelChart> channelLoss = byChannel.stream()
                .sorted(Comparator.comparingLong(Channels.Group::amount).reversed()
                        .thenComparing(Channels.Group::channel, Digests.CODE_POINT_ORDER))
                .limit(p.channelChartTop())
                .map(g -> new Overflow.ChannelChart(g.channel(), g.count(), money(g.amount()))).toList();
        int cap = c.config.maxDetailRows();

        List<String> sheets = new ArrayList<>();
        sheets.add("商品汇总");
        byChannel.forEach(g -> sheets.add(g.channel()));
        sheets.add("订单明细");
        sheets.add("订单行明细");

        return new CardOutcome()
                .headline(new Overflow.Headline(items.length, Values.Money.of(lossAmount), Values.Money.of(avgLoss), top))
                .rows(rows)
                .extras(new Overflow.Extras(Card.Capped.of(productView, cap), causeBreakdown, channelLoss,
                        new Overflow.Summary(items.length, productView.size(), Values.Money.of(lossAmount))))
                .big(Integer.toString(items.length), "笔订单穿底")
                .subInfo("亏损 " + Fmt.money(lossAmount) + " · 单均 " + Fmt.money(avgLoss))
                .badges(top.stream().map(g -> new Card.Badge(g.channel() + " " + g.count(), "red")).toList())
                .action("立即处理", "✅ 昨日无穿底订单", "查看趋势")
                .trend(TrendIndicator.of(c, day -> items(c, day).length))
                .series(Series.of(c, day -> {
                    int[] dayItems = items(c, day);
                    long amount = 0;
                    for (int o : dayItems) {
                        amount -= d.orderProfit(o);
                    }
                    return new Series.Point(dayItems.length, amount);
                }))
                .sheets(sheets);
    }

    private static Overflow.Row row(DiagnosisContext c, int o) {
        ScopeData d = c.data;
        List<Integer> lines = new ArrayList<>();
        for (int l = d.lineStart[o]; l < d.lineStart[o + 1]; l++) {
            lines.add(l);
        }
        // by line margin ascending, then canonical line order (lines of an order are stored canonically)
        lines.sort(Comparator.<Integer>comparingLong(l -> lineMargin(d, l)).thenComparingInt(l -> l));
        List<Overflow.LineView> views = lines.stream().map(l -> new Overflow.LineView(d.productKey[d.lineProduct[l]],
                d.lineProductName(l), d.attributes[d.lineAttributes[l]][3], d.lineQty[l], money(d.originalPrice.get(l)),
                money(d.receivedPrice.get(l)), Values.Money.of(Money.perItem(d.lineCost.get(l), Math.max(d.lineQty[l], 1))),
                money(lineMargin(d, l)), d.consumable[d.lineProduct[l]])).toList();
        return new Overflow.Row(d.orderId(o), d.orderNumber(o), d.time(o), d.channel(o), d.storeName(o), money(d.revenue.get(o)),
                money(d.lineCostTotal.get(o)), money(d.activityCost.get(o)), money(d.grossProfitTotal.get(o)), money(d.serviceFeeTotal.get(o)),
                money(d.deliveryFee.get(o)), money(d.rebateTotal.get(o)), money(d.orderProfit(o)), views);
    }

    /** 线毛利 = 实收价格 × 月售 − 商品采购成本 */
    private static long lineMargin(ScopeData d, int l) {
        return Money.times(d.receivedPrice.get(l), d.lineQty[l]) - d.lineCost.get(l);
    }

    private static List<Overflow.ProductRow> productView(DiagnosisContext c, int[] items, DiagnosisProperties.Overflow p) {
        ScopeData d = c.data;
        // per non-consumable product: its lines in item orders
        Map<Integer, List<Integer>> linesByProduct = new HashMap<>();
        for (int o : items) {
            for (int l = d.lineStart[o]; l < d.lineStart[o + 1]; l++) {
                int product = d.lineProduct[l];
                if (!c.consumable(product)) {
                    linesByProduct.computeIfAbsent(product, k -> new ArrayList<>()).add(l);
                }
            }
        }
        List<Overflow.ProductRow> rows = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : linesByProduct.entrySet()) {
            int product = e.getKey();
            TreeSet<String> orderIds = new TreeSet<>(Digests.CODE_POINT_ORDER);
            int qty = 0;
            long cost = 0;
            long margin = 0;
            long saleAmount = 0;
            long receivedAmount = 0;
            long maxOriginal = Long.MIN_VALUE;
            int weightedQty = 0;
            for (int l : e.getValue()) {
                orderIds.add(d.orderId(d.lineOrder[l]));
                int q = d.lineQty[l];
                qty += q;
                cost += d.lineCost.get(l);
                margin += lineMargin(d, l);
                maxOriginal = Math.max(maxOriginal, d.originalPrice.get(l));
                if (q > 0) {
                    saleAmount += Money.times(d.salePrice.get(l), q);
                    receivedAmount += Money.times(d.receivedPrice.get(l), q);
                    weightedQty += q;
                }
            }
            BigDecimal unitCost = Money.perItem(cost, Math.max(qty, 1));
            BigDecimal maxOriginalPrice = Money.decimal(maxOriginal);
            BigDecimal avgSale = Money.perItem(saleAmount, weightedQty);
            BigDecimal avgReceived = Money.perItem(receivedAmount, weightedQty);
            BigDecimal pricingMargin = DiagnosisContext.divide(maxOriginalPrice.subtract(unitCost), maxOriginalPrice);
            BigDecimal receivedMargin = avgReceived == null ? null
                    : DiagnosisContext.divide(avgReceived.subtract(unitCost), avgReceived);
            String cause = null;
            if (margin < 0) {
                if (below(pricingMargin, p.causeLowPricingMarginRatio())) {
                    cause = "商品定价过低";
                } else if (below(receivedMargin, p.causeLowReceivedMarginRatio())) {
                    cause = "营销活动亏损";
                } else {
                    cause = "采购成本偏高";
                }
            }
            List<String> ids = orderIds.stream().limit(p.maxOrderIdsPerProduct()).toList();
            rows.add(new Overflow.ProductRow(c.productId(product), orderIds.size(), ids, qty, c.qty(product, c.yDay, c.yDay),
                    Values.Money.of(maxOriginalPrice), Values.Money.of(avgSale), Values.Money.of(avgReceived),
                    Values.Money.of(unitCost), Values.Ratio.of(pricingMargin), Values.Ratio.of(receivedMargin), money(margin),
                    cause, below(receivedMargin, p.lowMarginHighlightRatio())));
        }
        rows.sort(Comparator.comparing((Overflow.ProductRow r) -> r.contribution().value())
                .thenComparing(r -> r.product().storeName(), Digests.CODE_POINT_ORDER)
                .thenComparing(r -> r.product().productKey(), Digests.CODE_POINT_ORDER));
        return rows;
    }

    /** A null ratio fails its test (§2 U1). */
    private static boolean below(BigDecimal ratio, BigDecimal threshold) {
        return ratio != null && ratio.compareTo(threshold) < 0;
    }

    private static Values.Money money(long units) {
        return Values.Money.of(Money.decimal(units));
    }
}
