package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.HighProfit;
import com.storeboard.diagnosis.model.Values;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * H2 `highProfit` — 高利润商品: a non-consumable product is eligible when profit(p, Y) &gt; {@code high-profit.min-profit}
 * and qty(p, Y) ≥ {@code high-profit.min-qty}; the items are the first {@code high-profit.top-n} eligible products by
 * profit descending, qty descending, then §1.7 (DIAGNOSIS.md §2 H2).
 *
 * <p>Decisions:
 * <ul>
 * <li>{@code min-profit} is money like every amount of the engine, held at 4 decimals (DATA.md §0.3).</li>
 * <li>The texts {@code 利润>0} of the sub-line and of the all-good message are written as the spec writes them; only
 * {@code {min-qty}} is a placeholder there.</li>
 * <li>Each row starts with rank and rankIcon, then the product identity, in the field order of §3.</li>
 * </ul>
 */
final class HighProfitCard implements CardRule {

    private static final Spec SPEC = new Spec("highProfit", "H2", "highlights", "💰", "高利润商品", "Top profit products",
            "高利润商品清单");

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
        return List.of("高利润商品");
    }

    private static long minProfitUnits(DiagnosisProperties.HighProfit p) {
        return Money.units(p.minProfit().setScale(Money.SCALE, RoundingMode.HALF_UP));
    }

    /** Eligibility on one day, read from the per-product day totals. */
    private static boolean eligible(DiagnosisContext c, DiagnosisContext.ProductDays pd, int product, int day, long minProfit,
            int minQty) {
        int cell = product * c.days + day;
        return !c.consumable(product) && pd.profit[cell] > minProfit && pd.qty[cell] >= minQty && pd.lines[cell] > 0;
    }

    @Override
    public CardOutcome evaluate(DiagnosisContext c) {
        ScopeData d = c.data;
        DiagnosisProperties.HighProfit p = c.config.highProfit();
        DiagnosisContext.ProductDays pd = c.productDays();
        long minProfit = minProfitUnits(p);
        int days = c.days;
        int y = c.yDay;
        List<Integer> eligible = new ArrayList<>();
        for (int product = 0; product < d.productCount; product++) {
            if (eligible(c, pd, product, y, minProfit, p.minQty())) {
                eligible.add(product);
            }
        }
        // profit descending, qty descending, then §1.7
        eligible.sort(Comparator.<Integer>comparingLong(q -> -pd.profit[q * days + y])
                .thenComparing(Comparator.<Integer>comparingInt(q -> pd.qty[q * days + y]).reversed())
                .thenComparing(d::compareProducts));

        List<HighProfit.Row> rows = new ArrayList<>();
        long totalProfit = 0;
        long totalRevenue = 0;
        for (int i = 0; i < Math.min(p.topN(), eligible.size()); i++) {
            int product = eligible.get(i);
            int cell = product * days + y;
            totalProfit += pd.profit[cell];
            totalRevenue += pd.revenue[cell];
            int rank = i + 1;
            rows.add(new HighProfit.Row(rank, rank == 1 ? "🥇" : rank == 2 ? "🥈" : rank == 3 ? "🥉" : "⭐", c.productId(product),
                    c.mainChannel(product, y, y), pd.qty[cell], money(pd.revenue[cell]), money(pd.profit[cell]),
                    Values.Ratio.of(Money.divide(pd.profit[cell], pd.revenue[cell]))));
        }
        List<HighProfit.TopProduct> top = rows.stream().limit(p.topProducts())
                .map(r -> new HighProfit.TopProduct(r.product().productKey(), r.product().productName(), r.profit(),
                        r.marginRatio(), r.qty()))
                .toList();
        List<Card.Badge> badges = rows.stream().limit(p.badges())
                .map(r -> new Card.Badge(r.rankIcon() + " " + r.product().productName() + " " + Fmt.money(r.profit().value()),
                        "green"))
                .toList();

        return new CardOutcome()
                .headline(new HighProfit.Headline(rows.size(), eligible.size(), money(totalProfit), money(totalRevenue), top))
                .rows(rows)
                .big(Fmt.money(totalProfit), "TOP " + rows.size() + " 贡献利润")
                .subInfo(eligible.size() + " 个商品利润>0且销量≥" + p.minQty())
                .badges(badges)
                .action("查看榜单", "ℹ️ 昨日没有利润>0且销量≥" + p.minQty() + "的商品", "查看趋势")
                .series(Series.of(c, day -> {
                    int count = 0;
                    long amount = 0;
                    for (int product = 0; product < d.productCount; product++) {
                        if (eligible(c, pd, product, day, minProfit, p.minQty())) {
                            count++;
                            amount += pd.profit[product * days + day];
                        }
                    }
                    return new Series.Point(count, amount);
                }))
                .sheets(sheets());
    }

    private static Values.Money money(long units) {
        return Values.Money.of(Money.decimal(units));
    }
}
