package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.SlowMoving;
import com.storeboard.diagnosis.model.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * W1 `slowMoving` — 滞销积压: products with stock left whose last sale in H was exactly {@code new-days},
 * {@code ongoing-days} or {@code severe-days} before Y, so that each is reported once on entering each state
 * (DIAGNOSIS.md §2 W1).
 *
 * <p>Decisions:
 * <ul>
 * <li>{@code window} is the whole horizon H = [Y − horizon-days + 1, Y] with {@code days} = horizon-days, as §3
 * states "W1 | H" (not the shorter span).</li>
 * <li>When two of the three day properties are equal, the first state of the table (新增, then 持续, then 严重)
 * wins.</li>
 * <li>stockCost = stock × unitCost, with unitCost at scale 10; both exact from there, rounded only in JSON and
 * texts.</li>
 * <li>{@code newProducts} lists the display names of the first {@code card-product-names} new-risk rows in row
 * order.</li>
 * </ul>
 */
final class SlowMovingCard implements CardRule {

    private static final Spec SPEC = new Spec("slowMoving", "W1", "watch", "🐌", "滞销积压", "Slow-moving stock", "滞销商品清单");
    /** Level names by state: 0 新增, 1 持续, 2 严重. */
    static final List<String> LEVELS = List.of("🆕新增风险", "⚠️持续滞销", "🔴严重滞销");

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
        return c.lastDays(c.days);
    }

    @Override
    public List<String> sheets() {
        return List.of("滞销清单");
    }

    private record Item(int product, int state, int lastSaleDay, long stock, BigDecimal unitCost, BigDecimal stockCost) {
    }

    @Override
    public CardOutcome evaluate(DiagnosisContext c) {
        ScopeData d = c.data;
        DiagnosisProperties.SlowMoving p = c.config.slowMoving();
        int[] stateDays = {p.newDays(), p.ongoingDays(), p.severeDays()};
        int from = Math.max(0, c.yDay - c.days + 1);

        List<Item> items = new ArrayList<>();
        for (int product = 0; product < d.productCount; product++) {
            if (c.consumable(product)) {
                continue;
            }
            int lastSale = -1;
            for (int day = c.yDay; day >= from; day--) {
                if (c.soldOn(product, day)) {
                    lastSale = day;
                    break;
                }
            }
            if (lastSale < 0) {
                continue;
            }
            int daysWithoutSale = c.yDay - lastSale;
            int state = -1;
            for (int s = 0; s < stateDays.length && state < 0; s++) {
                if (daysWithoutSale == stateDays[s]) {
                    state = s;
                }
            }
            if (state < 0) {
                continue;
            }
            long stock = c.latestStock(product, from, c.yDay);
            if (stock == Money.NULL || stock <= 0) {
                continue;
            }
            BigDecimal unitCost = c.unitCost(product, from, c.yDay);
            items.add(new Item(product, state, lastSale, stock, unitCost, Money.decimal(stock).multiply(unitCost)));
        }
        // 严重 → 持续 → 新增, then 积压成本 descending
        items.sort(Comparator.comparingInt(Item::state).reversed()
                .thenComparing(Comparator.comparing(Item::stockCost).reversed())
                .thenComparing((a, b) -> d.compareProducts(a.product(), b.product())));

        int[] counts = new int[3];
        BigDecimal[] costs = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        List<String> newNames = new ArrayList<>();
        List<SlowMoving.Row> rows = new ArrayList<>(items.size());
        for (Item item : items) {
            counts[item.state()]++;
            costs[item.state()] = costs[item.state()].add(item.stockCost());
            if (item.state() == 0 && newNames.size() < p.cardProductNames()) {
                newNames.add(d.productName(item.product()));
            }
            rows.add(new SlowMoving.Row(c.productId(item.product()), LEVELS.get(item.state()), c.date(item.lastSaleDay()),
                    c.yDay - item.lastSaleDay(), Values.Stock.of(Money.decimal(item.stock())),
                    Values.Money.of(item.unitCost()), Values.Money.of(item.stockCost())));
        }
        int count = items.size();
        BigDecimal costTotal = costs[0].add(costs[1]).add(costs[2]);
        List<Card.Badge> badges = new ArrayList<>();
        badge(badges, "新增", counts[0], "yellow");
        badge(badges, "持续", counts[1], "orange");
        badge(badges, "严重", counts[2], "red");
        return new CardOutcome()
                .headline(new SlowMoving.Headline(count, counts[0], counts[1], counts[2], Values.Money.of(costTotal),
                        Values.Money.of(costs[0]), Values.Money.of(costs[1]), Values.Money.of(costs[2]), newNames))
                .rows(rows)
                .big(Integer.toString(count), "个商品进入滞销")
                .subInfo("积压成本 " + Fmt.money(costTotal))
                .badges(badges)
                .action("导出清单", "✅ 今天没有新进入滞销状态的商品", "查看说明");
    }

    private static void badge(List<Card.Badge> badges, String label, int count, String color) {
        if (count > 0) {
            badges.add(new Card.Badge(label + " " + count, color));
        }
    }
}
