package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.PriceAbnormal;
import com.storeboard.diagnosis.model.Values;
import com.storeboard.orders.Digests;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * U6 `priceAbnormal` — 价格异常（低于成本）: non-consumable products with at least one abnormal line on Y, a line with
 * 月售 &gt; 0, 实收价格 &gt; 0, line unit cost (商品采购成本 ÷ 月售) &gt; 0 and 实收价格 below that unit cost. The count is
 * of distinct products; every per-product value runs over its abnormal lines only (DIAGNOSIS.md §2 U6).
 *
 * <p>Decisions:
 * <ul>
 * <li>实收价格 &lt; 商品采购成本 ÷ 月售 is tested as 实收价格 × 月售 &lt; 商品采购成本 (月售 &gt; 0), which is the same test
 * without a division, and the level as Σ(实收价格 × 月售) &lt; ratio × Σ商品采购成本 (Σ月售 &gt; 0 cancels): both are the
 * unrounded comparisons of the spec.</li>
 * <li>{@code unitLoss} is unitCost − avgReceivedPrice, each at scale 10, as the spec defines it.</li>
 * <li>With no item, the extra line is absent (there is no first row).</li>
 * </ul>
 */
final class PriceAbnormalCard implements CardRule {

    private static final Spec SPEC = new Spec("priceAbnormal", "U6", "urgent", "🏷️", "价格异常（低于成本）", "Prices below cost",
            "价格异常商品清单");

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
        return List.of("价格异常");
    }

    /** An abnormal line: 月售 &gt; 0, 实收价格 &gt; 0, line cost &gt; 0 and 实收价格 × 月售 &lt; 商品采购成本. */
    static boolean abnormal(ScopeData d, int l) {
        int q = d.lineQty[l];
        long received = d.receivedPrice.get(l);
        long cost = d.lineCost.get(l);
        return q > 0 && received > 0 && cost > 0 && Money.times(received, q) < cost && !d.consumable[d.lineProduct[l]];
    }

    /** One item's abnormal lines, accumulated. */
    private static final class Item {
        final int product;
        int qty;
        int lines;
        long revenue;
        long cost;
        long maxOriginal = Long.MIN_VALUE;
        /** channel → {Σ月售, lines} */
        final Map<Integer, long[]> channels = new HashMap<>();

        Item(int product) {
            this.product = product;
        }

        long loss() {
            return cost - revenue;
        }
    }

    @Override
    public CardOutcome evaluate(DiagnosisContext c) {
        ScopeData d = c.data;
        DiagnosisProperties.PriceAbnormal p = c.config.priceAbnormal();
        Map<Integer, Item> byProduct = new HashMap<>();
        for (int o : c.validOrdersOn(c.yDay)) {
            for (int l = d.lineStart[o]; l < d.lineStart[o + 1]; l++) {
                if (!abnormal(d, l)) {
                    continue;
                }
                Item item = byProduct.computeIfAbsent(d.lineProduct[l], Item::new);
                int q = d.lineQty[l];
                item.qty += q;
                item.lines++;
                item.revenue += Money.times(d.receivedPrice.get(l), q);
                item.cost += d.lineCost.get(l);
                item.maxOriginal = Math.max(item.maxOriginal, d.originalPrice.get(l));
                long[] ch = item.channels.computeIfAbsent(d.orderChannel[o], k -> new long[2]);
                ch[0] += q;
                ch[1]++;
            }
        }
        List<Item> items = new ArrayList<>(byProduct.values());
        // lossAmount descending, then §1.7
        items.sort(Comparator.comparingLong((Item i) -> -i.loss()).thenComparing((a, b) -> d.compareProducts(a.product, b.product)));

        List<PriceAbnormal.Row> rows = new ArrayList<>();
        int severe = 0;
        long lossTotal = 0;
        for (Item item : items) {
            PriceAbnormal.Row row = row(c, item, p);
            rows.add(row);
            severe += row.level().equals("严重亏损") ? 1 : 0;
            lossTotal += item.loss();
        }
        int mild = rows.size() - severe;
        List<String> top = rows.stream().limit(p.topProducts()).map(r -> r.product().productName()).toList();
        List<Card.Badge> badges = new ArrayList<>();
        if (severe > 0) {
            badges.add(new Card.Badge("严重 " + severe, "red"));
        }
        if (mild > 0) {
            badges.add(new Card.Badge("轻度 " + mild, "orange"));
        }
        String extra = rows.isEmpty() ? null
                : "损失最大：" + rows.get(0).product().productName() + "（" + Fmt.money(rows.get(0).lossAmount().value()) + "）";

        return new CardOutcome()
                .headline(new PriceAbnormal.Headline(rows.size(), severe, mild, money(lossTotal), top))
                .rows(rows)
                .big(Integer.toString(rows.size()), "个商品成交价低于成本")
                .subInfo("预估损失 " + Fmt.money(lossTotal))
                .extraInfo(extra)
                .badges(badges)
                .action("立即处理", "✅ 昨日没有低于成本的成交价", "查看趋势")
                .series(Series.of(c, day -> onDay(c, day)))
                .sheets(sheets());
    }

    private static PriceAbnormal.Row row(DiagnosisContext c, Item item, DiagnosisProperties.PriceAbnormal p) {
        BigDecimal avgReceived = Money.perItem(item.revenue, item.qty);
        BigDecimal unitCost = Money.perItem(item.cost, item.qty);
        BigDecimal maxOriginal = Money.decimal(item.maxOriginal);
        boolean severe = Money.decimal(item.revenue).compareTo(p.severePriceRatio().multiply(Money.decimal(item.cost))) < 0;
        return new PriceAbnormal.Row(c.productId(item.product), severe ? "严重亏损" : "轻度亏损", Values.Money.of(maxOriginal),
                Values.Money.of(avgReceived), Values.Money.of(unitCost),
                Values.Ratio.of(DiagnosisContext.divide(maxOriginal.subtract(unitCost), maxOriginal)),
                Values.Ratio.of(DiagnosisContext.divide(avgReceived.subtract(unitCost), avgReceived)),
                Values.Money.of(unitCost.subtract(avgReceived)), money(item.loss()), item.qty, item.lines,
                mainChannel(c.data, item.channels));
    }

    /** 主渠道 among the abnormal lines: largest Σ月售, then more lines, then the smaller name (DATA.md §3.12). */
    private static String mainChannel(ScopeData d, Map<Integer, long[]> channels) {
        String best = null;
        long[] bestValues = null;
        for (Map.Entry<Integer, long[]> e : channels.entrySet()) {
            String name = d.channels[e.getKey()];
            long[] v = e.getValue();
            if (best == null || v[0] > bestValues[0] || (v[0] == bestValues[0] && (v[1] > bestValues[1]
                    || (v[1] == bestValues[1] && Digests.CODE_POINT_ORDER.compare(name, best) < 0)))) {
                best = name;
                bestValues = v;
            }
        }
        return best;
    }

    /** The rule on one day: distinct products with abnormal lines, and their Σ lossAmount. */
    private static Series.Point onDay(DiagnosisContext c, int day) {
        ScopeData d = c.data;
        Set<Integer> products = new HashSet<>();
        long loss = 0;
        for (int o : c.validOrdersOn(day)) {
            for (int l = d.lineStart[o]; l < d.lineStart[o + 1]; l++) {
                if (abnormal(d, l)) {
                    products.add(d.lineProduct[l]);
                    loss += d.lineCost.get(l) - Money.times(d.receivedPrice.get(l), d.lineQty[l]);
                }
            }
        }
        return new Series.Point(products.size(), loss);
    }

    private static Values.Money money(long units) {
        return Values.Money.of(Money.decimal(units));
    }
}
