package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.NewProducts;
import com.storeboard.diagnosis.model.Values;
import com.storeboard.orders.Digests;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * W2 `newProducts` — 新品表现: products sold on Y and on no day of Lb = [Y − lookback-days, Y − 1], brand-new or
 * back after a pause, with their dormancy since the previous sale before Lb (DIAGNOSIS.md §2 W2).
 *
 * <p>Decisions:
 * <ul>
 * <li>The categories of the headline are the items' display 一级分类名 (§1.2).</li>
 * <li>{@code topMarginCategory} compares Σprofit ÷ Σrevenue at scale 10; Σrevenue ≥ min-category-revenue is
 * compared on the exact sum. Both category fields are null without items (or, for the margin, without a category
 * reaching the minimum revenue), and their badges are then left out.</li>
 * <li>The badge texts render the profit as money ({@code ¥3.20}, negative {@code -¥3.20}) and the margin as a
 * percent with 1 decimal ({@code 32.5%}).</li>
 * </ul>
 */
final class NewProductsCard implements CardRule {

    private static final Spec SPEC = new Spec("newProducts", "W2", "watch", "🆕", "新品表现", "New products' first sales",
            "新品表现清单");
    static final String SHORT = "🟢短期";
    static final String MEDIUM = "🟡中期";
    static final String LONG = "🔴长期";

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int minSpanDays(DiagnosisProperties config) {
        return config.newProducts().lookbackDays() + 1;
    }

    @Override
    public Card.Window window(DiagnosisContext c) {
        int lookback = c.config.newProducts().lookbackDays();
        return c.lastDays(lookback + 1);
    }

    @Override
    public List<String> sheets() {
        return List.of("新品表现");
    }

    /** previousSaleDay is -1 when there is no previous sale in H. */
    private record Item(int product, int quantity, long revenue, long profit, int previousSaleDay) {
    }

    @Override
    public CardOutcome evaluate(DiagnosisContext c) {
        ScopeData d = c.data;
        DiagnosisProperties.NewProducts p = c.config.newProducts();
        int y = c.yDay;
        int lookbackFrom = y - p.lookbackDays();

        List<Item> items = new ArrayList<>();
        for (int product = 0; product < d.productCount; product++) {
            if (c.consumable(product) || !c.soldOn(product, y)) {
                continue;
            }
            boolean soldInLookback = false;
            for (int day = lookbackFrom; day < y && !soldInLookback; day++) {
                soldInLookback = c.soldOn(product, day);
            }
            if (soldInLookback) {
                continue;
            }
            int previous = -1;
            for (int day = lookbackFrom - 1; day >= 0; day--) {
                if (c.soldOn(product, day)) {
                    previous = day;
                    break;
                }
            }
            items.add(new Item(product, c.qty(product, y, y), c.revenue(product, y, y), c.profit(product, y, y), previous));
        }
        items.sort(Comparator.comparingInt(Item::quantity).reversed()
                .thenComparing(Comparator.comparingLong(Item::revenue).reversed())
                .thenComparing((a, b) -> d.compareProducts(a.product(), b.product())));

        long revenueTotal = 0;
        long profitTotal = 0;
        Map<String, long[]> byCategory = new HashMap<>();
        List<NewProducts.Row> rows = new ArrayList<>(items.size());
        for (Item item : items) {
            int product = item.product();
            revenueTotal += item.revenue();
            profitTotal += item.profit();
            var id = c.productId(product);
            long[] category = byCategory.computeIfAbsent(id.categoryL1(), k -> new long[2]);
            category[0] += item.profit();
            category[1] += item.revenue();
            Integer dormantDays = item.previousSaleDay() < 0 ? null : y - item.previousSaleDay();
            String dormancy = dormantDays == null || dormantDays > p.mediumDormancyDays() ? LONG
                    : dormantDays > p.shortDormancyDays() ? MEDIUM : SHORT;
            rows.add(new NewProducts.Row(id, item.quantity(), money(item.revenue()), money(item.profit()),
                    Values.Money.of(Money.perItem(item.revenue(), item.quantity())),
                    Values.Ratio.of(Money.divide(item.profit(), item.revenue())), c.mainChannel(product, y, y),
                    item.previousSaleDay() < 0 ? null : c.date(item.previousSaleDay()), dormantDays, dormancy));
        }

        NewProducts.TopProfitCategory topProfit = byCategory.entrySet().stream()
                .min(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> e.getValue()[0]).reversed()
                        .thenComparing(Map.Entry::getKey, Digests.CODE_POINT_ORDER))
                .map(e -> new NewProducts.TopProfitCategory(e.getKey(), money(e.getValue()[0]))).orElse(null);
        NewProducts.TopMarginCategory topMargin = byCategory.entrySet().stream()
                .filter(e -> e.getValue()[1] != 0 && Money.decimal(e.getValue()[1]).compareTo(p.minCategoryRevenue()) >= 0)
                .map(e -> new CategoryMargin(e.getKey(), e.getValue()[0], Money.divide(e.getValue()[0], e.getValue()[1])))
                .min(Comparator.comparing(CategoryMargin::margin).reversed()
                        .thenComparing(Comparator.comparingLong(CategoryMargin::profit).reversed())
                        .thenComparing(CategoryMargin::category, Digests.CODE_POINT_ORDER))
                .map(m -> new NewProducts.TopMarginCategory(m.category(), Values.Ratio.of(m.margin()))).orElse(null);

        List<Card.Badge> badges = new ArrayList<>();
        if (topProfit != null) {
            badges.add(new Card.Badge("🏆 " + topProfit.categoryL1() + " " + Fmt.money(topProfit.profit().value()), "blue"));
        }
        if (topMargin != null) {
            badges.add(new Card.Badge("📈 毛利最高 " + topMargin.categoryL1() + " " + Fmt.percent(topMargin.marginRatio().value()),
                    "green"));
        }
        int count = items.size();
        return new CardOutcome()
                .headline(new NewProducts.Headline(count, money(revenueTotal), money(profitTotal), topProfit, topMargin))
                .rows(rows)
                .big(Integer.toString(count), "个商品首日动销")
                .subInfo("贡献销售额 " + Fmt.money(revenueTotal) + " · 利润 " + Fmt.money(profitTotal))
                .badges(badges)
                .action("查看新品", "ℹ️ 昨日没有新品或回归商品首销", "查看说明");
    }

    private record CategoryMargin(String category, long profit, BigDecimal margin) {
    }

    private static Values.Money money(long units) {
        return Values.Money.of(Money.decimal(units));
    }
}
