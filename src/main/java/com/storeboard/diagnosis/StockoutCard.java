package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.Stockout;
import com.storeboard.diagnosis.model.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * U3 `stockout` — 热销缺货: products sold in W = [Y − statDays + 1, Y] whose stock on Y is known and ≤ 0 (STOCK
 * mode), or, in a store without any known 库存 in W, products sold ≥ 3 on D and not at all on Y (SALES_GAP mode)
 * (DIAGNOSIS.md §2 U3).
 *
 * <p>Decisions:
 * <ul>
 * <li>A store's mode looks at every valid line of the store in W, consumables included: the question is whether the
 * store's export carries 库存 at all, not whether a product is listed.</li>
 * <li>The headline {@code mode} is taken over the stores that have at least one valid line in W. A store without
 * lines in W can have no item in either mode, and counting it as SALES_GAP would turn a STOCK scope into MIXED only
 * because a store closed earlier.</li>
 * <li>建议补货 = max(1, ⌈windowQty × safety-days ÷ statDays⌉) computed exactly in integers. Dividing first at scale
 * 10 would give ⌈2 ÷ 3 × 3⌉ = ⌈2.0000000001⌉ = 3 with statDays 3; the exact value is meant.</li>
 * <li>{@code stockOnY} is stockOn(p, Y) in both modes (normally null in SALES_GAP mode, where the store has no
 * known stock in W); {@code persistent} and {@code new} are false in SALES_GAP mode, where consecutiveDays is
 * null.</li>
 * <li>{@code topChannels} carries no amount, so its §1.7 channel order is count descending, then channel name.</li>
 * <li>{@code urgentNames} / {@code normalNames} are taken from all rows (not only the capped ones).</li>
 * </ul>
 */
final class StockoutCard implements CardRule {

    private static final Spec SPEC = new Spec("stockout", "U3", "urgent", "📦", "热销缺货", "Best-seller stock-outs",
            "热销缺货商品清单");
    static final String STOCK = "STOCK";
    static final String SALES_GAP = "SALES_GAP";
    static final String MIXED = "MIXED";
    static final String URGENT = "紧急补货";
    static final String NORMAL = "正常缺货";

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int minSpanDays(DiagnosisProperties config) {
        return config.stockout().minSpanDays();
    }

    static int statDays(DiagnosisContext c) {
        return Math.min(c.config.stockout().windowDays(), c.spanDays);
    }

    @Override
    public Card.Window window(DiagnosisContext c) {
        int statDays = statDays(c);
        return c.lastDays(statDays);
    }

    @Override
    public List<String> sheets() {
        return List.of("缺货清单");
    }

    /** One item, with its sort keys. */
    private record Item(int product, int windowQty, int restock, boolean stockMode, Integer consecutiveDays,
            long windowProfit) {
    }

    @Override
    public CardOutcome evaluate(DiagnosisContext c) {
        ScopeData d = c.data;
        DiagnosisProperties.Stockout p = c.config.stockout();
        int statDays = statDays(c);
        int from = c.yDay - statDays + 1;
        int to = c.yDay;
        int dDay = c.yDay - 1;
        DiagnosisContext.ProductDays pd = c.productDays();

        // per store: has it lines in W, and has any of them a known 库存
        boolean[] storeHasLines = new boolean[d.stores.length];
        boolean[] storeHasStock = new boolean[d.stores.length];
        for (int product = 0; product < d.productCount; product++) {
            int store = d.productStore[product];
            for (int day = from; day <= to; day++) {
                int cell = product * c.days + day;
                storeHasLines[store] |= pd.lines[cell] > 0;
                storeHasStock[store] |= pd.stockLine[cell] >= 0;
            }
        }
        boolean anyStock = false;
        boolean anyGap = false;
        for (int s = 0; s < d.stores.length; s++) {
            if (storeHasLines[s]) {
                anyStock |= storeHasStock[s];
                anyGap |= !storeHasStock[s];
            }
        }
        String mode = anyStock && anyGap ? MIXED : anyStock ? STOCK : SALES_GAP;

        List<Item> items = new ArrayList<>();
        for (int product = 0; product < d.productCount; product++) {
            if (c.consumable(product)) {
                continue;
            }
            boolean stockMode = storeHasStock[d.productStore[product]];
            int windowQty = c.qty(product, from, to);
            Integer consecutive = null;
            if (stockMode) {
                long stockY = c.stockOn(product, to);
                if (windowQty <= 0 || stockY == Money.NULL || stockY > 0) {
                    continue;
                }
                consecutive = consecutiveDays(c, product, p.consecutiveLookbackDays());
            } else if (c.qty(product, dDay, dDay) < p.fallbackMinPreviousDayQty() || c.qty(product, to, to) != 0) {
                continue;
            }
            // ⌈windowQty ÷ statDays × safety-days⌉, exactly
            int restock = Math.max(1, (int) Math.ceilDiv((long) windowQty * p.safetyDays(), statDays));
            items.add(new Item(product, windowQty, restock, stockMode, consecutive, c.profit(product, from, to)));
        }
        items.sort(Comparator.comparingInt(Item::windowQty).reversed()
                .thenComparing(Comparator.comparingInt(Item::restock).reversed())
                .thenComparing((a, b) -> d.compareProducts(a.product(), b.product())));

        long profitTotal = 0;
        int persistentCount = 0;
        int newCount = 0;
        int urgentCount = 0;
        Channels channels = new Channels();
        List<Stockout.Row> rows = new ArrayList<>(items.size());
        List<String> urgentNames = new ArrayList<>();
        List<String> normalNames = new ArrayList<>();
        for (Item item : items) {
            int product = item.product();
            profitTotal += item.windowProfit();
            Integer consecutive = item.consecutiveDays();
            if (consecutive != null && consecutive >= p.persistentDays()) {
                persistentCount++;
            }
            if (consecutive != null && consecutive == 1) {
                newCount++;
            }
            boolean urgent = item.restock() >= p.urgentRestockQty();
            String name = d.productName(product);
            if (urgent) {
                urgentCount++;
                if (urgentNames.size() < p.headerNames()) {
                    urgentNames.add(name);
                }
            } else if (normalNames.size() < p.headerNames()) {
                normalNames.add(name);
            }
            String mainChannel = c.mainChannel(product, from, to);
            channels.add(mainChannel, 0);
            long stockY = c.stockOn(product, to);
            rows.add(new Stockout.Row(c.productId(product), mainChannel, item.windowQty(), statDays, item.restock(),
                    urgent ? URGENT : NORMAL,
                    stockY == Money.NULL ? null : Values.Stock.of(Money.decimal(stockY)), consecutive,
                    item.stockMode() ? STOCK : SALES_GAP, money(item.windowProfit()), money(c.profit(product, 0, to)),
                    Values.Ratio.of(c.margin(product, 0, to))));
        }
        int count = items.size();
        List<Stockout.ChannelCount> topChannels = channels.ordered().stream().limit(c.config.topChannelBadges())
                .map(g -> new Stockout.ChannelCount(g.channel(), g.count())).toList();
        var dailyLoss = Money.perItem(profitTotal, statDays);
        String persistentDays = Integer.toString(p.persistentDays());
        List<Card.Badge> badges = new ArrayList<>();
        if (persistentCount > 0) {
            badges.add(new Card.Badge("持续≥" + persistentDays + "天 " + persistentCount + "个", "red"));
        }
        if (newCount > 0) {
            badges.add(new Card.Badge("新增 " + newCount + "个", "orange"));
        }
        return new CardOutcome()
                .headline(new Stockout.Headline(count, Values.Money.of(dailyLoss), persistentCount, newCount, urgentCount,
                        count - urgentCount, statDays, mode, topChannels))
                .rows(rows)
                .extras(new Stockout.Extras(urgentNames, normalNames))
                .big(Integer.toString(count), "个热销品库存为0")
                .subInfo("日均损失 " + Fmt.money(dailyLoss))
                .extraInfo(persistentCount > 0
                        ? "⚠️ " + persistentCount + " 个商品已连续缺货≥" + persistentDays + "天，优先补货" : null)
                .badges(badges)
                .action("生成补货单", "✅ 库存充足", "查看库存");
    }

    /** The largest n ≤ lookback such that stockOn(p, Y − i) is known and ≤ 0 for every i in 0 … n − 1. */
    private static int consecutiveDays(DiagnosisContext c, int product, int lookback) {
        int n = 0;
        while (n < lookback) {
            long s = c.stockOn(product, c.yDay - n);
            if (s == Money.NULL || s > 0) {
                break;
            }
            n++;
        }
        return n;
    }

    private static Values.Money money(long units) {
        return Values.Money.of(Money.decimal(units));
    }
}
