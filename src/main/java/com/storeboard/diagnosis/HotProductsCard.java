package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.HotProducts;
import com.storeboard.diagnosis.model.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * H1 `hotProducts` — 爆款商品: non-consumable products with qty(p, Y) ≥ {@code hot-products.min-qty} whose growth
 * against D is above {@code hot-products.min-growth-ratio}; a new burst (nothing sold on D) counts as growth 1.00
 * (DIAGNOSIS.md §2 H1).
 *
 * <p>Decisions:
 * <ul>
 * <li>Growth thresholds are compared on the exact ratio: (qtyY − qtyD) &gt; r × qtyD; the sort compares growth ratios
 * exactly too (qtyY ÷ qtyD by cross-multiplication), so two growths that differ only beyond the 10th decimal keep
 * their true order.</li>
 * <li>consecutiveDays counts back from Y while each day sold more than the day before and that day sold something;
 * days before the horizon or firstDate sold nothing, which ends the run.</li>
 * <li>The badge of a positive growth reads {@code +{growthRatio as %}} with the one-decimal percent of §1.5
 * ({@code +120.0%}).</li>
 * </ul>
 */
final class HotProductsCard implements CardRule {

    private static final Spec SPEC = new Spec("hotProducts", "H1", "highlights", "🔥", "爆款商品", "Hot products", "爆款商品清单");

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int minSpanDays(DiagnosisProperties config) {
        return 2;
    }

    @Override
    public Card.Window window(DiagnosisContext c) {
        return c.lastDays(2);
    }

    @Override
    public List<String> sheets() {
        return List.of("爆款商品");
    }

    /** An item and its rule values. */
    private record Item(int product, int qtyY, int qtyD, boolean newBurst, int consecutiveDays) {
    }

    @Override
    public CardOutcome evaluate(DiagnosisContext c) {
        ScopeData d = c.data;
        DiagnosisProperties.HotProducts p = c.config.hotProducts();
        DiagnosisContext.ProductDays pd = c.productDays();
        int days = c.days;
        int y = c.yDay;
        List<Item> items = new ArrayList<>();
        for (int product = 0; product < d.productCount; product++) {
            if (c.consumable(product)) {
                continue;
            }
            int qtyY = pd.qty[product * days + y];
            if (qtyY < p.minQty() || qtyY <= 0) {
                continue;
            }
            int qtyD = qtyOn(pd, product, y - 1, days);
            boolean newBurst = qtyD == 0;
            // growth > r: (qtyY − qtyD) ÷ qtyD > r, or 1.00 > r for a new burst
            boolean grows = newBurst ? BigDecimal.ONE.compareTo(p.minGrowthRatio()) > 0
                    : exceeds(qtyY, qtyD, p.minGrowthRatio());
            if (!grows) {
                continue;
            }
            items.add(new Item(product, qtyY, qtyD, newBurst, newBurst ? 0 : consecutiveDays(pd, product, y, days, p)));
        }
        // new bursts first, then growth descending, qtyY descending, then §1.7
        items.sort(Comparator.comparing((Item i) -> !i.newBurst())
                .thenComparing((a, b) -> a.newBurst() ? 0 : Long.compare((long) b.qtyY() * a.qtyD(), (long) a.qtyY() * b.qtyD()))
                .thenComparing(Comparator.comparingInt(Item::qtyY).reversed())
                .thenComparing((a, b) -> d.compareProducts(a.product(), b.product())));

        List<HotProducts.Row> rows = new ArrayList<>();
        int totalQty = 0;
        long revenue = 0;
        long profit = 0;
        int sustained = 0;
        for (Item item : items) {
            int product = item.product();
            long revenueY = pd.revenue[product * days + y];
            long profitY = pd.profit[product * days + y];
            totalQty += item.qtyY();
            revenue += revenueY;
            profit += profitY;
            sustained += item.consecutiveDays() >= p.sustainedDays() ? 1 : 0;
            BigDecimal growth = item.newBurst() ? null
                    : BigDecimal.valueOf(item.qtyY() - item.qtyD()).divide(BigDecimal.valueOf(item.qtyD()), 10,
                            RoundingMode.HALF_UP);
            rows.add(new HotProducts.Row(c.productId(product), c.mainChannel(product, y, y), item.qtyY(), item.qtyD(),
                    Values.Ratio.of(growth), item.newBurst(), level(item, p), money(revenueY), money(profitY),
                    item.consecutiveDays()));
        }
        List<HotProducts.TopProduct> top = rows.stream().limit(p.topProducts())
                .map(r -> new HotProducts.TopProduct(r.product().productKey(), r.product().productName(), r.qtyY(),
                        r.growthRatio(), r.newBurst(), r.consecutiveDays()))
                .toList();
        List<Card.Badge> badges = rows.stream().limit(p.badges()).map(r -> badge(r, p)).toList();

        return new CardOutcome()
                .headline(new HotProducts.Headline(rows.size(), totalQty, money(revenue), money(profit), sustained, top))
                .rows(rows)
                .big(Integer.toString(rows.size()), "个商品销量爆发")
                .subInfo("昨日销量 " + totalQty + " 件 · 利润 " + Fmt.money(profit))
                .extraInfo(sustained > 0 ? "🔥 " + sustained + " 个商品已连续增长≥" + p.sustainedDays() + "天" : null)
                .badges(badges)
                .action("查看爆款", "ℹ️ 昨日没有销量爆发的商品", "查看说明")
                .sheets(sheets());
    }

    /** (a − b) ÷ b &gt; r, exactly (b &gt; 0). */
    private static boolean exceeds(int a, int b, BigDecimal r) {
        return BigDecimal.valueOf((long) a - b).compareTo(r.multiply(BigDecimal.valueOf(b))) > 0;
    }

    private static String level(Item item, DiagnosisProperties.HotProducts p) {
        if (item.newBurst()) {
            return "新爆发";
        }
        if (exceeds(item.qtyY(), item.qtyD(), p.superGrowthRatio())) {
            return "超级爆款";
        }
        return exceeds(item.qtyY(), item.qtyD(), p.hotGrowthRatio()) ? "热销" : "增长";
    }

    /** The largest k ≤ lookback with qty(Y−i) &gt; qty(Y−i−1) &gt; 0 for every i &lt; k. */
    private static int consecutiveDays(DiagnosisContext.ProductDays pd, int product, int y, int days,
            DiagnosisProperties.HotProducts p) {
        int k = 0;
        while (k < p.consecutiveLookbackDays()) {
            int later = qtyOn(pd, product, y - k, days);
            int earlier = qtyOn(pd, product, y - k - 1, days);
            if (!(later > earlier && earlier > 0)) {
                break;
            }
            k++;
        }
        return k;
    }

    private static int qtyOn(DiagnosisContext.ProductDays pd, int product, int day, int days) {
        return day < 0 || day >= days ? 0 : pd.qty[product * days + day];
    }

    private static Card.Badge badge(HotProducts.Row r, DiagnosisProperties.HotProducts p) {
        String name = r.product().productName();
        String text;
        if (r.consecutiveDays() >= p.sustainedDays()) {
            text = name + " 🔥连涨" + r.consecutiveDays() + "天";
        } else if (r.newBurst()) {
            text = name + " 新爆发";
        } else {
            text = name + " +" + Fmt.percent(r.growthRatio().value());
        }
        boolean red = r.level().equals("超级爆款") || r.level().equals("新爆发");
        return new Card.Badge(text, red ? "red" : "orange");
    }

    private static Values.Money money(long units) {
        return Values.Money.of(Money.decimal(units));
    }
}
