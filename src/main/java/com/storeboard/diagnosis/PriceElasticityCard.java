package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.PriceElasticity;
import com.storeboard.diagnosis.model.Values;
import com.storeboard.orders.Digests;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * W3 `priceElasticity` — 价格弹性分析: price-change events of the series (store, product, channel) of non-consumable
 * products. A change point is an observed day t in Lk = [Y − lookback + 1, Y] whose weighted mean 商品原价 or
 * 商品实售价 moved by more than {@code price-elasticity.change-ratio} against the previous observed day t′; it is an
 * event when at least {@code min-side-days} observed days lie before t and at least as many from t on (at most
 * {@code max-side-days} per side are used). Nothing is learnt or stored (DIAGNOSIS.md §2 W3).
 *
 * <p>Decisions:
 * <ul>
 * <li>profit(d) and stock(d) read every line of the series on an observed day d, also lines with 月售 = 0 (as
 * profit(p, W) and stockOn do); prices are the quantity-weighted means, which only lines with 月售 &gt; 0 carry.</li>
 * <li>Lines on days that are not observed days (every line with 月售 = 0) take no part in any side.</li>
 * <li>revenue7 and profit7 are (Σ ÷ observed days) × max-side-days in that order, the division at scale 10.</li>
 * <li>A null marginChangePp gives the margin trend 持平.</li>
 * <li>The drill-down footnote is UI text built from the configuration; it is not part of the extras of §3.</li>
 * <li>Stock thresholds of the advice compare the unrounded stock with the integer properties; an unknown stock passes
 * neither (it counts as ≥ low-stock).</li>
 * </ul>
 */
final class PriceElasticityCard implements CardRule {

    private static final Spec SPEC = new Spec("priceElasticity", "W3", "watch", "🔁", "价格弹性分析", "Price-change review",
            "价格弹性分析");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static final String HIGH = "🔴高";
    static final String MEDIUM = "🟡中";
    static final String LOW = "🟢低";
    static final String ABNORMAL = "🟣异常";
    static final String SUCCESS = "✅成功";
    static final String NEUTRAL = "⚠️中性";
    static final String FAILURE = "❌失败";

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int minSpanDays(DiagnosisProperties config) {
        return 2 * config.priceElasticity().minSideDays();
    }

    @Override
    public Card.Window window(DiagnosisContext c) {
        int lookback = c.config.priceElasticity().lookbackDays();
        return c.lastDays(lookback);
    }

    @Override
    public List<String> sheets() {
        return List.of("调价复盘");
    }

    /** Daily totals of the series of one product, per channel and day index; reused from product to product. */
    private static final class SeriesDays {
        final int days;
        final int[][] qty;
        final long[][] revenue;
        final long[][] profit;
        final long[][] originalAmount;
        final long[][] saleAmount;
        /** The latest line of the day with a known 库存, -1 if none. */
        final int[][] stockLine;
        final boolean[] touched;
        final int[] touchedList;
        int touchedCount;

        SeriesDays(int channels, int days) {
            this.days = days;
            qty = new int[channels][days];
            revenue = new long[channels][days];
            profit = new long[channels][days];
            originalAmount = new long[channels][days];
            saleAmount = new long[channels][days];
            stockLine = new int[channels][days];
            for (int[] row : stockLine) {
                Arrays.fill(row, -1);
            }
            touched = new boolean[channels];
            touchedList = new int[channels];
        }

        void clear() {
            for (int i = 0; i < touchedCount; i++) {
                int ch = touchedList[i];
                Arrays.fill(qty[ch], 0);
                Arrays.fill(revenue[ch], 0);
                Arrays.fill(profit[ch], 0);
                Arrays.fill(originalAmount[ch], 0);
                Arrays.fill(saleAmount[ch], 0);
                Arrays.fill(stockLine[ch], -1);
                touched[ch] = false;
            }
            touchedCount = 0;
        }
    }

    /** An event before it becomes a row: what the sort needs. */
    private record Event(int product, int channel, int changeDay, BigDecimal elasticity, PriceElasticity.Row row) {
    }

    @Override
    public CardOutcome evaluate(DiagnosisContext c) {
        ScopeData d = c.data;
        DiagnosisProperties.PriceElasticity p = c.config.priceElasticity();
        int lkFrom = c.yDay - p.lookbackDays() + 1;
        int[] start = c.productLineStart();
        int[] lines = c.productLines();
        SeriesDays s = new SeriesDays(d.channels.length, c.days);
        int[] observed = new int[c.days];
        boolean[] pricesVary = pricesVary(c);
        List<Event> events = new ArrayList<>();
        for (int product = 0; product < d.productCount; product++) {
            if (!pricesVary[product] || c.consumable(product)) {
                continue;
            }
            // lines are in canonical order: the last line of a day with a stock is the day's latest known stock
            for (int i = start[product]; i < start[product + 1]; i++) {
                int l = lines[i];
                int o = d.lineOrder[l];
                int day = d.orderDay[o];
                if (day < 0 || day >= c.days) {
                    continue;
                }
                int ch = d.orderChannel[o];
                if (!s.touched[ch]) {
                    s.touched[ch] = true;
                    s.touchedList[s.touchedCount++] = ch;
                }
                int q = d.lineQty[l];
                s.qty[ch][day] += q;
                s.revenue[ch][day] += Money.times(d.receivedPrice.get(l), q);
                s.profit[ch][day] += d.grossProfit.get(l);
                s.originalAmount[ch][day] += Money.times(d.originalPrice.get(l), q);
                s.saleAmount[ch][day] += Money.times(d.salePrice.get(l), q);
                if (d.stock.get(l) != Money.NULL) {
                    s.stockLine[ch][day] = l;
                }
            }
            for (int i = 0; i < s.touchedCount; i++) {
                int ch = s.touchedList[i];
                int n = 0;
                for (int day = 0; day < c.days; day++) {
                    if (s.qty[ch][day] > 0) {
                        observed[n++] = day;
                    }
                }
                for (int k = 1; k < n; k++) {
                    int t = observed[k];
                    int before = Math.min(k, p.maxSideDays());
                    int after = Math.min(n - k, p.maxSideDays());
                    if (t < lkFrom || before < p.minSideDays() || after < p.minSideDays()) {
                        continue;
                    }
                    Event e = event(c, s, p, product, ch, observed, k, before, after);
                    if (e != null) {
                        events.add(e);
                    }
                }
            }
            s.clear();
        }
        // changeDate descending, |elasticity| descending, then §1.7, then channel
        events.sort(Comparator.comparingInt((Event e) -> -e.changeDay())
                .thenComparing((a, b) -> b.elasticity().abs().compareTo(a.elasticity().abs()))
                .thenComparing((a, b) -> d.compareProducts(a.product(), b.product()))
                .thenComparing((Event e) -> d.channels[e.channel()], Digests.CODE_POINT_ORDER));
        List<PriceElasticity.Row> rows = events.stream().map(Event::row).toList();
        return outcome(rows, p);
    }

    /**
     * Products whose lines with 月售 &gt; 0 carry more than one 商品实售价 or 商品原价. Only they can have a change
     * point: otherwise every weighted mean price of every series and day is that one price. One pass in storage
     * order, so that the scan per product (random access) is left for the few products that change prices.
     */
    private static boolean[] pricesVary(DiagnosisContext c) {
        ScopeData d = c.data;
        boolean[] vary = new boolean[d.productCount];
        boolean[] seen = new boolean[d.productCount];
        long[] sale = new long[d.productCount];
        long[] original = new long[d.productCount];
        for (int o = 0; o < d.orderCount; o++) {
            if (!d.valid[o] || d.orderDay[o] < 0 || d.orderDay[o] >= c.days) {
                continue;
            }
            for (int l = d.lineStart[o]; l < d.lineStart[o + 1]; l++) {
                if (d.lineQty[l] <= 0) {
                    continue;
                }
                int p = d.lineProduct[l];
                if (!seen[p]) {
                    seen[p] = true;
                    sale[p] = d.salePrice.get(l);
                    original[p] = d.originalPrice.get(l);
                } else if (sale[p] != d.salePrice.get(l) || original[p] != d.originalPrice.get(l)) {
                    vary[p] = true;
                }
            }
        }
        return vary;
    }

    /** The change point at observed[k], as an event; null when the prices did not move enough. */
    private static Event event(DiagnosisContext c, SeriesDays s, DiagnosisProperties.PriceElasticity p, int product, int ch,
            int[] observed, int k, int beforeDays, int afterDays) {
        int t = observed[k];
        int prev = observed[k - 1];
        int[] qty = s.qty[ch];
        long[] orig = s.originalAmount[ch];
        long[] sale = s.saleAmount[ch];
        // an unchanged weighted mean needs no division: a/q = a'/q' ⇔ a·q' = a'·q
        boolean sameOriginal = Math.multiplyExact(orig[t], (long) qty[prev]) == Math.multiplyExact(orig[prev], (long) qty[t]);
        boolean sameSale = Math.multiplyExact(sale[t], (long) qty[prev]) == Math.multiplyExact(sale[prev], (long) qty[t]);
        if (sameOriginal && sameSale) {
            return null;
        }
        BigDecimal originalBefore = Money.perItem(orig[prev], qty[prev]);
        BigDecimal originalAfter = Money.perItem(orig[t], qty[t]);
        BigDecimal saleBefore = Money.perItem(sale[prev], qty[prev]);
        BigDecimal saleAfter = Money.perItem(sale[t], qty[t]);
        BigDecimal dOriginal = priceChange(originalBefore, originalAfter);
        BigDecimal dSale = priceChange(saleBefore, saleAfter);
        BigDecimal cr = p.changeRatio();
        boolean originalMoved = dOriginal.abs().compareTo(cr) > 0;
        boolean saleMoved = dSale.abs().compareTo(cr) > 0;
        if (!originalMoved && !saleMoved) {
            return null;
        }
        String changeType = saleMoved && originalMoved ? "主动调价" : saleMoved ? "促销/活动" : "标价调整";
        BigDecimal priceChange = saleMoved ? dSale : dOriginal;
        boolean up = priceChange.signum() > 0;

        Side b = side(s, ch, observed, k - beforeDays, k, p);
        Side a = side(s, ch, observed, k, k + afterDays, p);
        BigDecimal qtyChange = DiagnosisContext.changeRatio(b.avgQty, a.avgQty);
        BigDecimal elasticity = qtyChange.divide(priceChange, 10, RoundingMode.HALF_UP);
        BigDecimal revenueChange = DiagnosisContext.changeRatio(b.revenue7, a.revenue7);
        BigDecimal profitChange = DiagnosisContext.changeRatio(b.profit7, a.profit7);
        BigDecimal marginPp = b.margin == null || a.margin == null ? null : a.margin.subtract(b.margin).multiply(HUNDRED);
        String marginTrend = marginPp == null ? "持平"
                : marginPp.compareTo(p.marginChangePp()) > 0 ? "上升"
                : marginPp.compareTo(p.marginChangePp().negate()) < 0 ? "下降" : "持平";
        long stock = Money.NULL;
        for (int i = k + afterDays - 1; i >= k && stock == Money.NULL; i--) {
            int line = s.stockLine[ch][observed[i]];
            if (line >= 0) {
                stock = c.data.stock.get(line);
            }
        }
        boolean soldOut = stock != Money.NULL && stock <= 0;
        String sensitivity = sensitivity(up, qtyChange, elasticity, p);
        String effect = effect(up, profitChange, revenueChange, p);
        String advice = advice(up, soldOut, stock, effect, sensitivity, p);

        PriceElasticity.Row row = new PriceElasticity.Row(c.productId(product), c.data.channels[ch], c.date(t), changeType,
                up ? "UP" : "DOWN", Values.Money.of(originalBefore), Values.Money.of(originalAfter),
                Values.Money.of(saleBefore), Values.Money.of(saleAfter), Values.Ratio.of(priceChange), beforeDays, afterDays,
                Values.Dec2.of(b.avgQty), Values.Dec2.of(a.avgQty), Values.Ratio.of(qtyChange), Values.Dec2.of(elasticity),
                sensitivity, Values.Money.of(b.revenue7), Values.Money.of(a.revenue7), Values.Ratio.of(revenueChange),
                Values.Money.of(b.profit7), Values.Money.of(a.profit7), Values.Ratio.of(profitChange),
                Values.Ratio.of(b.margin), Values.Ratio.of(a.margin), Values.Pp.of(marginPp), marginTrend,
                stock == Money.NULL ? null : Values.Stock.of(Money.decimal(stock)), soldOut, effect, advice);
        return new Event(product, ch, t, elasticity, row);
    }

    /** changeRatio of a price; a price of 0 on t′ counts as no change. */
    private static BigDecimal priceChange(BigDecimal before, BigDecimal after) {
        return before.signum() == 0 ? BigDecimal.ZERO : DiagnosisContext.changeRatio(before, after);
    }

    /** One side of an event: the observed days observed[from … to). */
    private record Side(BigDecimal avgQty, BigDecimal revenue7, BigDecimal profit7, BigDecimal margin) {
    }

    private static Side side(SeriesDays s, int ch, int[] observed, int from, int to, DiagnosisProperties.PriceElasticity p) {
        long qty = 0;
        long revenue = 0;
        long profit = 0;
        for (int i = from; i < to; i++) {
            int day = observed[i];
            qty += s.qty[ch][day];
            revenue += s.revenue[ch][day];
            profit += s.profit[ch][day];
        }
        int n = to - from;
        BigDecimal seven = BigDecimal.valueOf(p.maxSideDays());
        return new Side(BigDecimal.valueOf(qty).divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP),
                Money.perItem(revenue, n).multiply(seven), Money.perItem(profit, n).multiply(seven),
                Money.divide(profit, revenue));
    }

    static String sensitivity(boolean up, BigDecimal qtyChange, BigDecimal elasticity, DiagnosisProperties.PriceElasticity p) {
        if (up ? qtyChange.signum() >= 0 : qtyChange.signum() < 0) {
            return ABNORMAL;
        }
        BigDecimal e = elasticity.abs();
        if (e.compareTo(p.highAbsElasticity()) > 0) {
            return HIGH;
        }
        return e.compareTo(p.mediumAbsElasticity()) > 0 ? MEDIUM : LOW;
    }

    /** The effect table of §2 W3. */
    static String effect(boolean up, BigDecimal profitChange, BigDecimal revenueChange, DiagnosisProperties.PriceElasticity p) {
        int profit = trend(profitChange, p.profitChangeRatio());
        int revenue = trend(revenueChange, p.revenueChangeRatio());
        if (profit > 0) {
            return SUCCESS;
        }
        if (up) {
            if (profit < 0) {
                return revenue < 0 ? FAILURE : NEUTRAL;
            }
            return revenue < 0 ? NEUTRAL : SUCCESS;
        }
        if (profit < 0) {
            return revenue > 0 ? NEUTRAL : FAILURE;
        }
        return revenue > 0 ? SUCCESS : NEUTRAL;
    }

    /** +1 above the threshold, −1 below its negative, 0 otherwise. */
    private static int trend(BigDecimal change, BigDecimal threshold) {
        return change.compareTo(threshold) > 0 ? 1 : change.compareTo(threshold.negate()) < 0 ? -1 : 0;
    }

    /** The advice table of §2 W3, first match; an unknown stock counts as ≥ low-stock. */
    static String advice(boolean up, boolean soldOut, long stock, String effect, String sensitivity,
            DiagnosisProperties.PriceElasticity p) {
        boolean veryLow = stock != Money.NULL && stock < Money.units(BigDecimal.valueOf(p.veryLowStock()));
        boolean low = stock != Money.NULL && stock < Money.units(BigDecimal.valueOf(p.lowStock()));
        if (soldOut) {
            return "调价后已售罄：优先补货，补货前不要再调价";
        }
        if (effect.equals(SUCCESS)) {
            if (up) {
                return veryLow ? "提价有效但库存不足" + p.veryLowStock() + "件：立即补货，维持新价"
                        : low ? "提价有效，库存不足" + p.lowStock() + "件：尽快补货，维持新价" : "提价有效：维持新价，可小步继续试探";
            }
            return veryLow ? "降价带动利润但库存不足" + p.veryLowStock() + "件：立即补货"
                    : low ? "降价带动利润，库存不足" + p.lowStock() + "件：尽快补货" : "降价有效：保持活动价，关注毛利";
        }
        if (effect.equals(FAILURE)) {
            return up ? "提价后量利双降：建议回调到原价" : "降价未换来利润：建议恢复原价或缩小让利";
        }
        return switch (sensitivity) {
            case HIGH -> "销量对价格高度敏感：谨慎调价，宜小幅多次";
            case MEDIUM -> "价格敏感度中等：再观察一周再决定";
            case LOW -> "价格敏感度低：可考虑适度提价";
            default -> "量价变化方向异常：排查缺货、活动或陈列等其他因素";
        };
    }

    private static CardOutcome outcome(List<PriceElasticity.Row> rows, DiagnosisProperties.PriceElasticity p) {
        int high = 0;
        int medium = 0;
        int low = 0;
        int abnormal = 0;
        int success = 0;
        int neutral = 0;
        int failure = 0;
        int up = 0;
        for (PriceElasticity.Row r : rows) {
            switch (r.sensitivity()) {
                case HIGH -> high++;
                case MEDIUM -> medium++;
                case LOW -> low++;
                default -> abnormal++;
            }
            switch (r.effect()) {
                case SUCCESS -> success++;
                case FAILURE -> failure++;
                default -> neutral++;
            }
            up += r.direction().equals("UP") ? 1 : 0;
        }
        Map<String, Integer> sensitivities = new LinkedHashMap<>();
        sensitivities.put("高", high);
        sensitivities.put("中", medium);
        sensitivities.put("低", low);
        sensitivities.put("异常", abnormal);
        Map<String, Integer> effects = new LinkedHashMap<>();
        effects.put("成功", success);
        effects.put("中性", neutral);
        effects.put("失败", failure);
        List<Card.Badge> badges = new ArrayList<>();
        if (high > 0) {
            badges.add(new Card.Badge("🔴高敏感 " + high, "red"));
        }
        if (medium > 0) {
            badges.add(new Card.Badge("🟡中敏感 " + medium, "yellow"));
        }
        if (low > 0) {
            badges.add(new Card.Badge("🟢低敏感 " + low, "green"));
        }
        if (abnormal > 0) {
            badges.add(new Card.Badge("🟣异常 " + abnormal, "gray"));
        }
        return new CardOutcome()
                .headline(new PriceElasticity.Headline(rows.size(), high, medium, low, abnormal, success, neutral, failure, up,
                        rows.size() - up))
                .rows(rows)
                .extras(new PriceElasticity.Extras(Collections.unmodifiableMap(sensitivities),
                        Collections.unmodifiableMap(effects)))
                .big(Integer.toString(rows.size()), "次调价待复盘")
                .subInfo("近" + p.lookbackDays() + "天 · 调价前后各取最多" + p.maxSideDays() + "个有销量日")
                .extraInfo(high > 0 ? "建议关注：" + high + " 次高敏感调价" : null)
                .badges(badges)
                .action("查看复盘", "ℹ️ 近" + p.lookbackDays() + "天没有可评估的调价", "查看说明")
                .sheets(List.of("调价复盘"));
    }
}
