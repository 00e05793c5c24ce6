package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.MarginDrop;
import com.storeboard.diagnosis.model.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * U8 `marginDrop` — 利润率下滑: products sold in both n-day windows whose 商品利润率 fell by more than
 * {@code min-drop-pp} points, with enough recent quantity and a positive previous margin (DIAGNOSIS.md §2 U8).
 *
 * <p>Decisions:
 * <ul>
 * <li>changePp = (recentMarginRatio − prevMarginRatio) × 100 over the scale-10 margins, never rounded before the
 * comparisons and the buckets; the JSON shows it with 1 decimal.</li>
 * <li>The bucket bounds b₁ &lt; b₂ &lt; b₃ come from {@code bucket-bounds-pp}; the lowest bucket starts at
 * {@code min-drop-pp}. The badge texts are rendered from the same properties (trailing zeros stripped:
 * {@code >20pp}, {@code 15-20pp}, {@code 10-15pp}, {@code 5-10pp} by default); the bucket names and levels are
 * fixed.</li>
 * <li>estimatedLoss = prevMarginRatio (scale 10) × recentRevenue − recentProfit, exact from there.</li>
 * </ul>
 */
final class MarginDropCard implements CardRule {

    private static final Spec SPEC = new Spec("marginDrop", "U8", "urgent", "📊", "利润率下滑", "Margin drop", "利润率下滑商品清单");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final List<String> LEVELS = List.of("🟢轻微下滑", "🟡中度下滑", "🟠大幅下滑", "🔴严重下滑");

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int minSpanDays(DiagnosisProperties config) {
        return config.marginDrop().minSpanDays();
    }

    @Override
    public Card.Window window(DiagnosisContext c) {
        int n = c.config.marginDrop().windowDays();
        return c.lastDays(2 * n);
    }

    @Override
    public List<String> sheets() {
        return List.of("利润率下滑");
    }

    /** bucket: 0 = drop5 … 3 = drop20. */
    private record Item(int product, BigDecimal prevMargin, BigDecimal recentMargin, BigDecimal changePp, int bucket,
            long prevProfit, long recentProfit, long prevRevenue, long recentRevenue, int prevQty, int recentQty,
            BigDecimal estimatedLoss) {
    }

    @Override
    public CardOutcome evaluate(DiagnosisContext c) {
        ScopeData d = c.data;
        DiagnosisProperties.MarginDrop p = c.config.marginDrop();
        int n = p.windowDays();
        int recentFrom = c.yDay - n + 1;
        int prevFrom = c.yDay - 2 * n + 1;
        int prevTo = c.yDay - n;
        BigDecimal minDrop = p.minDropPp().negate();
        List<BigDecimal> bounds = p.bucketBoundsPp();

        List<Item> items = new ArrayList<>();
        for (int product = 0; product < d.productCount; product++) {
            if (c.consumable(product)) {
                continue;
            }
            long prevRevenue = c.revenue(product, prevFrom, prevTo);
            long recentRevenue = c.revenue(product, recentFrom, c.yDay);
            if (prevRevenue <= 0 || recentRevenue <= 0) {
                continue;
            }
            long prevProfit = c.profit(product, prevFrom, prevTo);
            long recentProfit = c.profit(product, recentFrom, c.yDay);
            BigDecimal prevMargin = Money.divide(prevProfit, prevRevenue);
            BigDecimal recentMargin = Money.divide(recentProfit, recentRevenue);
            BigDecimal changePp = recentMargin.subtract(prevMargin).multiply(HUNDRED);
            int recentQty = c.qty(product, recentFrom, c.yDay);
            if (changePp.compareTo(minDrop) >= 0 || recentQty < p.minRecentQty() || prevMargin.signum() <= 0) {
                continue;
            }
            int bucket = 3;
            for (int b = 0; b < 3; b++) {
                if (changePp.compareTo(bounds.get(b).negate()) >= 0) {
                    bucket = b;
                    break;
                }
            }
            BigDecimal estimatedLoss = prevMargin.multiply(Money.decimal(recentRevenue)).subtract(Money.decimal(recentProfit));
            items.add(new Item(product, prevMargin, recentMargin, changePp, bucket, prevProfit, recentProfit, prevRevenue,
                    recentRevenue, c.qty(product, prevFrom, prevTo), recentQty, estimatedLoss));
        }
        items.sort(Comparator.comparing(Item::changePp)
                .thenComparing(Comparator.comparing(Item::estimatedLoss).reversed())
                .thenComparing((a, b) -> d.compareProducts(a.product(), b.product())));

        int[] buckets = new int[4];
        BigDecimal lossTotal = BigDecimal.ZERO;
        List<MarginDrop.Row> rows = new ArrayList<>(items.size());
        for (Item item : items) {
            buckets[item.bucket()]++;
            lossTotal = lossTotal.add(item.estimatedLoss());
            rows.add(new MarginDrop.Row(c.productId(item.product()), c.mainChannel(item.product(), recentFrom, c.yDay),
                    Values.Ratio.of(item.prevMargin()), Values.Ratio.of(item.recentMargin()), Values.Pp.of(item.changePp()),
                    LEVELS.get(item.bucket()), money(item.prevProfit()), money(item.recentProfit()), money(item.prevRevenue()),
                    money(item.recentRevenue()), item.prevQty(), item.recentQty(), Values.Money.of(item.estimatedLoss())));
        }
        int count = items.size();
        String b1 = Fmt.property(bounds.get(0));
        String b2 = Fmt.property(bounds.get(1));
        String b3 = Fmt.property(bounds.get(2));
        List<Card.Badge> badges = new ArrayList<>();
        badge(badges, ">" + b3 + "pp", buckets[3], "red");
        badge(badges, b2 + "-" + b3 + "pp", buckets[2], "orange");
        badge(badges, b1 + "-" + b2 + "pp", buckets[1], "yellow");
        badge(badges, Fmt.property(p.minDropPp()) + "-" + b1 + "pp", buckets[0], "gray");
        return new CardOutcome()
                .headline(new MarginDrop.Headline(count, Values.Money.of(lossTotal), buckets[0], buckets[1], buckets[2],
                        buckets[3]))
                .rows(rows)
                .big(Integer.toString(count), "个商品利润率下滑")
                .subInfo("预估损失 " + Fmt.money(lossTotal))
                .badges(badges)
                .action("查看商品", "✅ 商品利润率稳定", "查看说明");
    }

    private static void badge(List<Card.Badge> badges, String label, int count, String color) {
        if (count > 0) {
            badges.add(new Card.Badge(label + " " + count, color));
        }
    }

    private static Values.Money money(long units) {
        return Values.Money.of(Money.decimal(units));
    }
}
