package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.Delivery;
import com.storeboard.diagnosis.model.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * U2 `delivery` — 高配送费预警: valid orders dated Y whose 配送净成本 (DATA.md §3.3) is above
 * {@code delivery.net-cost-threshold}; the order's profit plays no role (DIAGNOSIS.md §2 U2).
 *
 * <p>Decisions:
 * <ul>
 * <li>The threshold is money like every amount of the engine, held at 4 decimals (DATA.md §0.3: HALF_UP beyond 4);
 * premiums and their totals are then exact.</li>
 * <li>Distance labels and the {@code 5公里} of the LONG_DISTANCE text write metres ÷ 1000 with trailing zeros stripped:
 * whole kilometres (every default) have no decimals, and a bound such as 2500 reads {@code 2.5} rather than being rounded
 * into a label that another bucket may also carry.</li>
 * <li>An hour before the first configured slot start (only possible when that start is above 0) belongs to the last slot:
 * the night slot runs on past midnight.</li>
 * <li>The HEAVY test reads every line of the order, consumables included: it is an order-level hint.</li>
 * <li>With no item, the extra line is absent (there is no main bucket to show).</li>
 * </ul>
 */
final class DeliveryCard implements CardRule {

    private static final Spec SPEC = new Spec("delivery", "U2", "urgent", "🛵", "高配送费预警", "High delivery cost", "高配送费订单清单");
    private static final String[] SLOT_NAMES = {"凌晨", "早餐", "上午", "午餐", "下午茶", "晚餐", "夜宵"};
    static final String UNKNOWN = "未知";

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
        return List.of("汇总");
    }

    /** The threshold in money units (4 decimals, HALF_UP). */
    static long thresholdUnits(DiagnosisProperties.Delivery p) {
        return Money.units(p.netCostThreshold().setScale(Money.SCALE, RoundingMode.HALF_UP));
    }

    /** The rule: valid orders of a day whose net delivery cost is above the threshold. */
    static int[] items(DiagnosisContext c, int day, long threshold) {
        ScopeData d = c.data;
        int[] orders = c.validOrdersOn(day);
        int n = 0;
        int[] items = new int[orders.length];
        for (int o : orders) {
            if (d.netDeliveryCost(o) > threshold) {
                items[n++] = o;
            }
        }
        return Arrays.copyOf(items, n);
    }

    @Override
    public CardOutcome evaluate(DiagnosisContext c) {
        ScopeData d = c.data;
        DiagnosisProperties.Delivery p = c.config.delivery();
        long threshold = thresholdUnits(p);
        int[] items = items(c, c.yDay, threshold);

        List<String> bucketLabels = bucketLabels(p.distanceBucketBoundsM());
        int[] bucketCounts = new int[bucketLabels.size()];
        List<String> slotLabels = slotLabels(p.timeSlotStarts());
        int[] slotCounts = new int[slotLabels.size()];
        Channels channels = new Channels();
        long premiumTotal = 0;
        for (int o : items) {
            long premium = d.netDeliveryCost(o) - threshold;
            premiumTotal += premium;
            channels.add(d.channel(o), premium);
            bucketCounts[bucket(d.distanceM[o], p.distanceBucketBoundsM())]++;
            slotCounts[slot(d.hour(o), p.timeSlotStarts())]++;
        }
        Map<String, Integer> distribution = distribution(bucketLabels, bucketCounts);
        String mainBucket = mainBucket(bucketLabels, bucketCounts, items.length);
        List<Delivery.ChannelPremium> breakdown = channels.ordered().stream()
                .map(g -> new Delivery.ChannelPremium(g.channel(), g.count(), money(g.amount()))).toList();
        List<Delivery.ChannelPremium> top = breakdown.stream().limit(c.config.topChannelBadges()).toList();
        BigDecimal avgPremium = Money.perItem(premiumTotal, items.length);

        List<Integer> sorted = new ArrayList<>();
        for (int o : items) {
            sorted.add(o);
        }
        // netDeliveryCost descending, then §1.7
        sorted.sort(Comparator.<Integer>comparingLong(o -> -d.netDeliveryCost(o)).thenComparing(d::compareOrders));
        List<String> keywords = p.heavyKeywords().stream().map(DeliveryCard::fold).filter(k -> !k.isEmpty()).toList();
        List<Delivery.Row> rows = sorted.stream()
                .map(o -> row(d, o, threshold, p, bucketLabels, slotLabels, keywords)).toList();

        List<String> sheets = new ArrayList<>();
        sheets.add("汇总");
        breakdown.forEach(g -> sheets.add(g.channel()));

        return new CardOutcome()
                .headline(new Delivery.Headline(items.length, money(premiumTotal), Values.Money.of(avgPremium), distribution,
                        mainBucket, top))
                .rows(rows)
                .extras(new Delivery.Extras(distribution(slotLabels, slotCounts), breakdown))
                .big(Integer.toString(items.length), "笔订单配送净成本超¥" + Fmt.property(p.netCostThreshold()))
                .subInfo("配送溢价 " + Fmt.money(premiumTotal) + " · 单均 " + Fmt.money(avgPremium))
                .extraInfo(mainBucket == null ? null : "主要分布：" + mainBucket)
                .badges(top.stream().map(g -> new Card.Badge(g.channel() + " " + g.count(), "yellow")).toList())
                .action("查看订单", "✅ 昨日无高配送费订单", "查看趋势")
                .trend(TrendIndicator.of(c, day -> items(c, day, threshold).length))
                .series(Series.of(c, day -> {
                    int[] dayItems = items(c, day, threshold);
                    long amount = 0;
                    for (int o : dayItems) {
                        amount += d.netDeliveryCost(o) - threshold;
                    }
                    return new Series.Point(dayItems.length, amount);
                }))
                .sheets(sheets);
    }

    private static Delivery.Row row(ScopeData d, int o, long threshold, DiagnosisProperties.Delivery p,
            List<String> bucketLabels, List<String> slotLabels, List<String> keywords) {
        int metres = d.distanceM[o];
        boolean known = metres != Integer.MIN_VALUE;
        long net = d.netDeliveryCost(o);
        return new Delivery.Row(d.orderId(o), d.orderNumber(o), d.time(o), d.channel(o), d.storeName(o), money(d.revenue.get(o)),
                money(d.lineCostTotal.get(o)), money(d.deliveryFee.get(o)), money(d.userPaidDeliveryFee.get(o)),
                money(d.deliveryFeeDiscount.get(o)), money(d.rebateTotal.get(o)), money(net), money(net - threshold),
                money(d.orderProfit(o)), known ? metres : null,
                known ? Values.Dec2.of(BigDecimal.valueOf(metres, 3)) : null,
                bucketLabels.get(bucket(metres, p.distanceBucketBoundsM())), d.address(o),
                slotLabels.get(slot(d.hour(o), p.timeSlotStarts())), riskHints(d, o, p, keywords));
    }

    /** 风险提示: every matching rule in table order; GENERAL only when none matched. */
    static List<Delivery.RiskHint> riskHints(ScopeData d, int o, DiagnosisProperties.Delivery p, List<String> keywords) {
        List<Delivery.RiskHint> hints = new ArrayList<>();
        int hour = d.hour(o);
        if (p.earlyNightFromHour() <= hour && hour <= p.earlyNightToHour()) {
            hints.add(new Delivery.RiskHint("EARLY_NIGHT", "凌晨下单，核对夜间加价"));
        }
        if (p.lateNightFromHour() <= hour && hour <= p.lateNightToHour()) {
            hints.add(new Delivery.RiskHint("LATE_NIGHT", "夜间时段，配送溢价偏高"));
        }
        if (heavy(d, o, keywords)) {
            hints.add(new Delivery.RiskHint("HEAVY", "含大件/整箱商品，核对重量加价"));
        }
        int metres = d.distanceM[o];
        if (metres != Integer.MIN_VALUE && metres > p.longDistanceM()) {
            hints.add(new Delivery.RiskHint("LONG_DISTANCE", "配送距离超过" + km(p.longDistanceM()) + "公里，核对远距离加价"));
        }
        if (hints.isEmpty()) {
            hints.add(new Delivery.RiskHint("GENERAL", "核对配送费设置"));
        }
        return hints;
    }

    /** Some line's own 商品名称 (as stored, §1.2) contains a keyword. */
    private static boolean heavy(ScopeData d, int o, List<String> keywords) {
        for (int l = d.lineStart[o]; l < d.lineStart[o + 1]; l++) {
            String name = fold(d.lineProductName(l));
            for (String k : keywords) {
                if (name.contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** NFKC, then Latin letters in lower case: the keyword test is a substring test on these forms. */
    static String fold(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> sb.appendCodePoint(
                Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN ? Character.toLowerCase(cp) : cp));
        return sb.toString();
    }

    /** Left-closed buckets [0, b1), [b1, b2), …, [bn, ∞), then 未知 for an unknown distance. */
    static int bucket(int metres, List<Integer> bounds) {
        if (metres == Integer.MIN_VALUE) {
            return bounds.size() + 1;
        }
        int i = 0;
        while (i < bounds.size() && metres >= bounds.get(i)) {
            i++;
        }
        return i;
    }

    static List<String> bucketLabels(List<Integer> bounds) {
        List<String> labels = new ArrayList<>();
        String lower = "0";
        for (int b : bounds) {
            labels.add(lower + "-" + km(b) + "km");
            lower = km(b);
        }
        labels.add(lower + "km+");
        labels.add(UNKNOWN);
        return labels;
    }

    /** The slot whose range holds the hour: the last start ≤ hour (before the first start: the last slot). */
    static int slot(int hour, List<Integer> starts) {
        int slot = starts.size() - 1;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) <= hour) {
                slot = i;
            }
        }
        return slot;
    }

    static List<String> slotLabels(List<Integer> starts) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : 24;
            labels.add(SLOT_NAMES[i] + starts.get(i) + "-" + end);
        }
        return labels;
    }

    /** The known bucket with the most items, ties to the nearer; 未知 when no distance is known; null without items. */
    private static String mainBucket(List<String> labels, int[] counts, int items) {
        if (items == 0) {
            return null;
        }
        int best = -1;
        for (int i = 0; i < counts.length - 1; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
                best = i;
            }
        }
        return best < 0 ? UNKNOWN : labels.get(best);
    }

    private static Map<String, Integer> distribution(List<String> labels, int[] counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            map.put(labels.get(i), counts[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Metres as kilometres, trailing zeros stripped. */
    private static String km(int metres) {
        BigDecimal km = BigDecimal.valueOf(metres, 3);
        return km.signum() == 0 ? "0" : km.stripTrailingZeros().toPlainString();
    }

    private static Values.Money money(long units) {
        return Values.Money.of(Money.decimal(units));
    }
}
