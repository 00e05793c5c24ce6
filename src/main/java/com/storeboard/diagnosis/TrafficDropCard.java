package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.TrafficDrop;
import com.storeboard.diagnosis.model.Values;
import com.storeboard.orders.Digests;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * U7 `trafficDrop` — 销量下滑: products whose quantity in the recent n days Rw fell by more than
 * {@code min-drop-ratio} against the previous n days Pw, among those that sold at least
 * {@code min-previous-daily-qty} a day in Pw (DIAGNOSIS.md §2 U7).
 *
 * <p>Decisions:
 * <ul>
 * <li>prevDailyAvg ≥ min-previous-daily-qty is compared exactly as prevQty ≥ min-previous-daily-qty × n (the
 * unrounded quotient); dropRatio is the scale-10 quotient, compared with the thresholds and written as the row
 * value.</li>
 * <li>{@code topChannels} is [{channel, count}] (the spec names no amount), ordered by count descending, then
 * channel name (§1.7 channel order without an amount).</li>
 * <li>{@code categoryCounts} ties (equal counts) go to the 一级分类名 ascending by code point; the category is the
 * product's display 一级分类名 (§1.2).</li>
 * <li>The extra line {@code 合计少卖 {lostQty} 件} is part of the face in both states (0 when all good), like the
 * sub-line.</li>
 * </ul>
 */
final class TrafficDropCard implements CardRule {

    private static final Spec SPEC = new Spec("trafficDrop", "U7", "urgent", "📉", "销量下滑", "Sales volume drop",
            "流量异常商品清单");
    static final String SEVERE = "严重";
    static final String MEDIUM = "较重";
    static final String MILD = "一般";

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int minSpanDays(DiagnosisProperties config) {
        return config.trafficDrop().minSpanDays();
    }

    @Override
    public Card.Window window(DiagnosisContext c) {
        int n = c.config.trafficDrop().windowDays();
        return c.lastDays(2 * n);
    }

    @Override
    public List<String> sheets() {
        return List.of("销量下滑");
    }

    private record Item(int product, int prevQty, int recentQty, BigDecimal dropRatio) {
    }

    @Override
    public CardOutcome evaluate(DiagnosisContext c) {
        ScopeData d = c.data;
        DiagnosisProperties.TrafficDrop p = c.config.trafficDrop();
        int n = p.windowDays();
        int recentFrom = c.yDay - n + 1;
        int prevFrom = c.yDay - 2 * n + 1;
        int prevTo = c.yDay - n;
        BigDecimal minPrevQty = p.minPreviousDailyQty().multiply(BigDecimal.valueOf(n));

        List<Item> items = new ArrayList<>();
        for (int product = 0; product < d.productCount; product++) {
            if (c.consumable(product)) {
                continue;
            }
            int prevQty = c.qty(product, prevFrom, prevTo);
            if (prevQty <= 0 || BigDecimal.valueOf(prevQty).compareTo(minPrevQty) < 0) {
                continue;
            }
            int recentQty = c.qty(product, recentFrom, c.yDay);
            BigDecimal dropRatio = Money.divide(prevQty - recentQty, prevQty);
            if (dropRatio.compareTo(p.minDropRatio()) > 0) {
                items.add(new Item(product, prevQty, recentQty, dropRatio));
            }
        }
        items.sort(Comparator.comparing(Item::dropRatio).reversed()
                .thenComparing(Comparator.comparingInt(Item::prevQty).reversed())
                .thenComparing((a, b) -> d.compareProducts(a.product(), b.product())));

        int severe = 0;
        int medium = 0;
        int mild = 0;
        int lostQty = 0;
        Channels channels = new Channels();
        Map<String, Integer> byCategory = new HashMap<>();
        List<TrafficDrop.Row> rows = new ArrayList<>(items.size());
        BigDecimal days = BigDecimal.valueOf(n);
        for (Item item : items) {
            int product = item.product();
            String severity;
            if (item.dropRatio().compareTo(p.severeDropRatio()) > 0) {
                severity = SEVERE;
                severe++;
            } else if (item.dropRatio().compareTo(p.mediumDropRatio()) >= 0) {
                severity = MEDIUM;
                medium++;
            } else {
                severity = MILD;
                mild++;
            }
            lostQty += item.prevQty() - item.recentQty();
            String mainChannel = c.mainChannel(product, prevFrom, prevTo);
            channels.add(mainChannel, 0);
            var id = c.productId(product);
            byCategory.merge(id.categoryL1(), 1, Integer::sum);
            rows.add(new TrafficDrop.Row(id, mainChannel, item.prevQty(), item.recentQty(),
                    Values.Dec2.of(BigDecimal.valueOf(item.prevQty()).divide(days, 10, RoundingMode.HALF_UP)),
                    Values.Dec2.of(BigDecimal.valueOf(item.recentQty()).divide(days, 10, RoundingMode.HALF_UP)),
                    Values.Ratio.of(item.dropRatio()), severity, Values.Money.of(Money.decimal(c.profit(product, 0, c.yDay))),
                    Values.Ratio.of(c.margin(product, 0, c.yDay))));
        }
        int count = items.size();
        List<TrafficDrop.ChannelCount> topChannels = channels.ordered().stream().limit(c.config.topChannelBadges())
                .map(g -> new TrafficDrop.ChannelCount(g.channel(), g.count())).toList();
        List<TrafficDrop.CategoryCount> categoryCounts = byCategory.entrySet().stream()
                .map(e -> new TrafficDrop.CategoryCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(TrafficDrop.CategoryCount::count).reversed()
                        .thenComparing(TrafficDrop.CategoryCount::categoryL1, Digests.CODE_POINT_ORDER))
                .limit(p.categoryTop()).toList();
        return new CardOutcome()
                .headline(new TrafficDrop.Headline(count, severe, medium, mild, lostQty, topChannels))
                .rows(rows)
                .extras(new TrafficDrop.Extras(categoryCounts, new TrafficDrop.SeverityCounts(severe, medium, mild)))
                .big(Integer.toString(count), "个热销品持续下滑")
                .subInfo("近" + n + "日 vs 前" + n + "日 · 跌幅>" + Fmt.propertyPercent(p.minDropRatio()))
                .extraInfo("合计少卖 " + lostQty + " 件")
                .badges(topChannels.stream().map(g -> new Card.Badge(g.channel() + " " + g.count(), "orange")).toList())
                .action("查看商品", "✅ 热销品销量稳定", "查看说明");
    }
}
