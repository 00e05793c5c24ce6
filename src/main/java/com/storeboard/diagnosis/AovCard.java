package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Aov;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.Values;
import com.storeboard.orders.Digests;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * U5 `aov` — 客单价异常诊断: price bands of order revenue whose valid-order count fell from the history period Hh
 * to the recent period R, each of P days (DIAGNOSIS.md §2 U5). P follows the span: {@code aov.period-days} when
 * there are 2 × period-days days, {@code aov.fallback-period-days} from {@code aov.min-span-days} on, otherwise
 * INSUFFICIENT_DATA with a null window.
 *
 * <p>Decisions:
 * <ul>
 * <li>{@code warnings} holds the codes (SHORT_PERIOD, LOW_HISTORY) as §2 lists them; the headline also carries
 * {@code warningTexts}, the rendered text of each code in the same order, because the drill-down reads the
 * snapshot only and the texts depend on the configuration.</li>
 * <li>A share, AOV or ratio over a period without orders is null ("--"), and so is {@code shareChangePp} when
 * either share is null; the small-order suggestion needs both periods to have orders.</li>
 * <li>In the small-order suggestion, {x} is the share rise with 1 decimal, the template adding "pp".</li>
 * <li>A band's lower/upper bound compares exactly: revenue ≥ bound (left-closed), with unrounded bounds.</li>
 * <li>A category's contribution is (orders ÷ all orders of the period, scale 10) × its mean price, unrounded;
 * categories tie on their name, product lists on storeName then productKey (§1.7).</li>
 * <li>{@code abnormal} needs a known recentPrice (a product without recent quantity has none) and so do every
 * price test of the product lists; a null price fails its test.</li>
 * <li>Each product list's {@code totalRows} is its number of entries after its own size limit (§1.8).</li>
 * </ul>
 */
final class AovCard implements CardRule {

    private static final Spec SPEC = new Spec("aov", "U5", "urgent", "🧾", "客单价异常诊断", "Average order value anomaly",
            "客单价异常分析");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int minSpanDays(DiagnosisProperties config) {
        return config.aov().minSpanDays();
    }

    /** P of the span (§2 U5 "Period"), or 0 when the span is too short to compare. */
    static int period(DiagnosisContext c) {
        DiagnosisProperties.Aov a = c.config.aov();
        if (c.spanDays >= 2 * a.periodDays()) {
            return a.periodDays();
        }
        if (c.spanDays >= a.minSpanDays()) {
            return a.fallbackPeriodDays();
        }
        return 0;
    }

    /** [Y − 2P + 1, Y]; null when P is undefined (§3 "Card.window"). */
    @Override
    public Card.Window window(DiagnosisContext c) {
        int period = period(c);
        return period == 0 ? null : c.lastDays(2 * period);
    }

    @Override
    public List<String> sheets() {
        return List.of("价格带", "渠道对比", "分类维度", "商品维度", "每日客单价");
    }

    @Override
    public CardOutcome evaluate(DiagnosisContext c) {
        int period = period(c);
        if (period == 0) {
            CardOutcome outcome = new CardOutcome();
            outcome.insufficientMessage = DiagnosisEngine.insufficient(minSpanDays(c.config), c.spanDays);
            return outcome;
        }
        return new Evaluation(c, period).run();
    }

    /** Whole units of 0.0001 not below a value: for an amount x in units, x ≥ v ⇔ x ≥ ceil(v) and x &lt; v ⇔ x &lt; ceil(v). */
    private static long ceilUnits(BigDecimal value) {
        return value.movePointRight(Money.SCALE).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** The computation of one diagnosis. */
    private static final class Evaluation {
        private static final int HISTORY = 0;
        private static final int RECENT = 1;

        private final DiagnosisContext c;
        private final ScopeData d;
        private final DiagnosisProperties.Aov a;
        private final int period;
        private final boolean fallback;
        private final int rFrom;
        private final int hFrom;
        private final int hTo;

        private final long[] bounds;
        private final int[][] bandOrders;
        private final long[][] bandRevenue;
        private final int[] orders = new int[2];
        private final long[] revenue = new long[2];
        private final int[] smallOrders = new int[2];
        private final int[][] channelOrders;
        private final long[][] channelRevenue;
        private final int[] dayOrders;
        private final long[] dayRevenue;
        private final int[][] hourOrders;
        private final long[][] hourRevenue;
        private final int[] lowPriceOrders;
        // categories: the display 一级分类名 of each non-consumable product
        private final int[] productCategory;
        private final List<String> categories = new ArrayList<>();
        private int[][] categoryOrders;
        private long[][] categoryRevenue;
        private long[][] categoryQty;

        Evaluation(DiagnosisContext c, int period) {
            this.c = c;
            this.d = c.data;
            this.a = c.config.aov();
            this.period = period;
            this.fallback = c.spanDays < 2 * a.periodDays();
            this.rFrom = c.yDay - period + 1;
            this.hTo = c.yDay - period;
            this.hFrom = c.yDay - 2 * period + 1;
            List<BigDecimal> b = a.bandBounds();
            bounds = new long[b.size()];
            for (int i = 0; i < bounds.length; i++) {
                bounds[i] = ceilUnits(b.get(i));
            }
            bandOrders = new int[2][bounds.length + 1];
            bandRevenue = new long[2][bounds.length + 1];
            channelOrders = new int[2][d.channels.length];
            channelRevenue = new long[2][d.channels.length];
            dayOrders = new int[2 * period];
            dayRevenue = new long[2 * period];
            hourOrders = new int[period][24];
            hourRevenue = new long[period][24];
            lowPriceOrders = new int[period];
            productCategory = new int[d.productCount];
            Map<String, Integer> ids = new HashMap<>();
            for (int p = 0; p < d.productCount; p++) {
                productCategory[p] = d.consumable[p] || d.productLatestLine[p] < 0 ? -1
                        : ids.computeIfAbsent(d.productAttributes(p)[3], name -> {
                            categories.add(name);
                            return categories.size() - 1;
                        });
            }
        }

        CardOutcome run() {
            scanOrders();
            int bandCount = bounds.length + 1;
            // bands
            List<Aov.BandRow> allBands = new ArrayList<>();
            List<Integer> declining = new ArrayList<>();
            BigDecimal[] bandChange = new BigDecimal[bandCount];
            int severe = 0;
            int moderate = 0;
            int mild = 0;
            for (int b = 0; b < bandCount; b++) {
                int h = bandOrders[HISTORY][b];
                bandChange[b] = Money.divide(bandOrders[RECENT][b] - (long) h, h);
                String severity = null;
                if (h > 0 && bandChange[b].signum() < 0) {
                    declining.add(b);
                    if (bandChange[b].compareTo(a.severeDropRatio().negate()) < 0) {
                        severity = "重度";
                        severe++;
                    } else if (bandChange[b].compareTo(a.moderateDropRatio().negate()) < 0) {
                        severity = "中度";
                        moderate++;
                    } else {
                        severity = "轻度";
                        mild++;
                    }
                }
                allBands.add(bandRow(b, bandChange[b], severity));
            }
            declining.sort(Comparator.<Integer, BigDecimal>comparing(b -> bandChange[b]).thenComparingInt(b -> b));
            List<Aov.BandRow> rows = declining.stream().map(allBands::get).toList();

            BigDecimal recentAov = Money.perItem(revenue[RECENT], orders[RECENT]);
            BigDecimal historyAov = Money.perItem(revenue[HISTORY], orders[HISTORY]);
            BigDecimal aovChange = recentAov == null || historyAov == null ? null : recentAov.subtract(historyAov);
            BigDecimal aovChangeRatio = recentAov == null || historyAov == null ? null
                    : DiagnosisContext.changeRatio(historyAov, recentAov);

            List<String> warnings = new ArrayList<>();
            List<String> warningTexts = new ArrayList<>();
            if (fallback) {
                warnings.add("SHORT_PERIOD");
                warningTexts.add("数据不足" + 2 * a.periodDays() + "天，改为近" + period + "天对比前" + period + "天");
            }
            if (BigDecimal.valueOf(orders[HISTORY]).compareTo(a.lowHistoryRatio().multiply(BigDecimal.valueOf(orders[RECENT]))) < 0) {
                warnings.add("LOW_HISTORY");
                warningTexts.add("历史期订单量不足近期的" + Fmt.propertyPercent(a.lowHistoryRatio()) + "，对比仅供参考");
            }
            List<String> suggestions = new ArrayList<>();
            if (!rows.isEmpty()) {
                Aov.BandRow worst = rows.get(0);
                suggestions.add("【¥" + worst.band() + "】订单减少最多（" + Fmt.percent(worst.changeRatio().value())
                        + "），检查该价位商品的供货、促销和竞品价格");
            }
            BigDecimal smallRecent = Money.divide(smallOrders[RECENT], orders[RECENT]);
            BigDecimal smallHistory = Money.divide(smallOrders[HISTORY], orders[HISTORY]);
            if (smallRecent != null && smallHistory != null) {
                BigDecimal rise = smallRecent.subtract(smallHistory).multiply(HUNDRED);
                if (rise.compareTo(a.smallOrderShareRisePp()) > 0) {
                    suggestions.add("¥0-" + Fmt.property(a.smallOrderUpper()) + " 小额订单占比上升 " + Fmt.decimal1(rise)
                            + "pp：主推高单价商品，并设置满减门槛拉高客单价");
                }
            }

            Aov.Headline headline = new Aov.Headline(rows.size(), severe, moderate, mild, period, fallback, orders[RECENT],
                    orders[HISTORY], Values.Money.of(recentAov), Values.Money.of(historyAov), Values.Money.of(aovChange),
                    Values.Ratio.of(aovChangeRatio), warnings, warningTexts, suggestions);

            List<Card.Badge> badges = new ArrayList<>();
            if (severe > 0) {
                badges.add(new Card.Badge("🔴重度 " + severe, "red"));
            }
            if (moderate > 0) {
                badges.add(new Card.Badge("🟡中度 " + moderate, "yellow"));
            }
            if (mild > 0) {
                badges.add(new Card.Badge("🟢轻度 " + mild, "green"));
            }
            if (fallback) {
                badges.add(new Card.Badge("⚠️ 按" + period + "天对比", "gray"));
            }
            int cap = c.config.maxDetailRows();
            Products products = products(recentAov);
            Aov.Extras extras = new Aov.Extras(Card.Capped.of(allBands, cap), channelComparison(), dailyAov(), hourlyAov(),
                    categories(false), categories(true), lowPriceShareDaily(), structure(), Card.Capped.of(products.coreDrag, cap),
                    Card.Capped.of(products.abnormal, cap), Card.Capped.of(products.newLowPrice, cap),
                    Card.Capped.of(products.highPriceStar, cap), Card.Capped.of(products.highPriceStable, cap),
                    Card.Capped.of(products.highPriceDeclining, cap), Card.Capped.of(products.opportunity, cap));
            CardOutcome outcome = new CardOutcome()
                    .headline(headline)
                    .rows(rows)
                    .extras(extras)
                    .big(Integer.toString(rows.size()), "个价格带订单下滑")
                    .subInfo("近" + period + "天 vs 前" + period + "天 · 客单价 " + Fmt.money(recentAov))
                    .extraInfo("客单价变化 " + Fmt.signedMoney(aovChange) + "（" + Fmt.signedPercent(aovChangeRatio) + "）")
                    .badges(badges)
                    .action("查看分析", "✅ 客单价结构稳定（当前客单价 " + Fmt.money(recentAov) + "）", "查看分析");
            outcome.window = new Card.Window(c.date(hFrom), c.y, 2 * period);
            return outcome;
        }

        /** One pass over the valid orders of Hh and R: bands, channels, days, hours, low-price orders, categories. */
        private void scanOrders() {
            long small = ceilUnits(a.smallOrderUpper());
            long lowPrice = ceilUnits(a.lowPriceThreshold());
            int categoryCount = categories.size();
            categoryOrders = new int[2][categoryCount];
            categoryRevenue = new long[2][categoryCount];
            categoryQty = new long[2][categoryCount];
            int[] categoryLastOrder = new int[categoryCount];
            Arrays.fill(categoryLastOrder, -1);
            for (int day = Math.max(0, hFrom); day <= c.yDay; day++) {
                int side = day >= rFrom ? RECENT : HISTORY;
                for (int o : c.validOrdersOn(day)) {
                    long rev = d.revenue.get(o);
                    int band = band(rev);
                    bandOrders[side][band]++;
                    bandRevenue[side][band] += rev;
                    orders[side]++;
                    revenue[side] += rev;
                    if (rev < small) {
                        smallOrders[side]++;
                    }
                    channelOrders[side][d.orderChannel[o]]++;
                    channelRevenue[side][d.orderChannel[o]] += rev;
                    dayOrders[day - hFrom]++;
                    dayRevenue[day - hFrom] += rev;
                    if (side == RECENT) {
                        int hour = d.hour(o);
                        hourOrders[day - rFrom][hour]++;
                        hourRevenue[day - rFrom][hour] += rev;
                        if (rev < lowPrice) {
                            lowPriceOrders[day - rFrom]++;
                        }
                    }
                    for (int l = d.lineStart[o]; l < d.lineStart[o + 1]; l++) {
                        int cat = productCategory[d.lineProduct[l]];
                        if (cat < 0) {
                            continue;
                        }
                        if (categoryLastOrder[cat] != o) {
                            categoryLastOrder[cat] = o;
                            categoryOrders[side][cat]++;
                        }
                        categoryRevenue[side][cat] += Money.times(d.receivedPrice.get(l), d.lineQty[l]);
                        categoryQty[side][cat] += d.lineQty[l];
                    }
                }
            }
        }

        /** Left-closed bands: the number of bounds at or below the revenue. */
        private int band(long rev) {
            int b = 0;
            while (b < bounds.length && rev >= bounds[b]) {
                b++;
            }
            return b;
        }

        private Aov.BandRow bandRow(int b, BigDecimal change, String severity) {
            List<BigDecimal> bb = a.bandBounds();
            BigDecimal lower = b == 0 ? BigDecimal.ZERO : bb.get(b - 1);
            BigDecimal upper = b < bb.size() ? bb.get(b) : null;
            String name = Fmt.property(lower) + (upper == null ? "+" : "-" + Fmt.property(upper));
            BigDecimal historyShare = Money.divide(bandOrders[HISTORY][b], orders[HISTORY]);
            BigDecimal recentShare = Money.divide(bandOrders[RECENT][b], orders[RECENT]);
            BigDecimal shareChange = historyShare == null || recentShare == null ? null
                    : recentShare.subtract(historyShare).multiply(HUNDRED);
            return new Aov.BandRow(name, Values.Money.of(lower), Values.Money.of(upper), bandOrders[HISTORY][b],
                    bandOrders[RECENT][b], Values.Ratio.of(change), severity, Values.Ratio.of(historyShare),
                    Values.Ratio.of(recentShare), Values.Pp.of(shareChange), money(bandRevenue[HISTORY][b]),
                    money(bandRevenue[RECENT][b]));
        }

        private List<Aov.ChannelRow> channelComparison() {
            List<Aov.ChannelRow> rows = new ArrayList<>();
            for (int ch = 0; ch < d.channels.length; ch++) {
                if (channelOrders[RECENT][ch] + channelOrders[HISTORY][ch] == 0) {
                    continue;
                }
                BigDecimal recentAov = Money.perItem(channelRevenue[RECENT][ch], channelOrders[RECENT][ch]);
                BigDecimal historyAov = Money.perItem(channelRevenue[HISTORY][ch], channelOrders[HISTORY][ch]);
                BigDecimal ratio = recentAov == null || historyAov == null ? null
                        : DiagnosisContext.changeRatio(historyAov, recentAov);
                rows.add(new Aov.ChannelRow(d.channels[ch], channelOrders[RECENT][ch], channelOrders[HISTORY][ch],
                        Values.Money.of(recentAov), Values.Money.of(historyAov), Values.Ratio.of(ratio),
                        ratio != null && ratio.abs().compareTo(a.channelAbnormalRatio()) > 0));
            }
            rows.sort(Comparator.comparingInt(Aov.ChannelRow::recentOrders).reversed()
                    .thenComparing(Aov.ChannelRow::channel, Digests.CODE_POINT_ORDER));
            return rows;
        }

        private List<Aov.DailyAov> dailyAov() {
            List<Aov.DailyAov> days = new ArrayList<>();
            for (int i = 0; i < 2 * period; i++) {
                days.add(new Aov.DailyAov(c.date(hFrom + i), dayOrders[i], money(dayRevenue[i]),
                        Values.Money.of(Money.perItem(dayRevenue[i], dayOrders[i]))));
            }
            return days;
        }

        private Map<String, List<Aov.HourlyAov>> hourlyAov() {
            Map<String, List<Aov.HourlyAov>> byDate = new LinkedHashMap<>();
            for (int i = 0; i < period; i++) {
                List<Aov.HourlyAov> hours = new ArrayList<>(24);
                for (int h = 0; h < 24; h++) {
                    hours.add(new Aov.HourlyAov(h, hourOrders[i][h], money(hourRevenue[i][h]),
                            Values.Money.of(Money.perItem(hourRevenue[i][h], hourOrders[i][h]))));
                }
                byDate.put(c.date(rFrom + i).toString(), hours);
            }
            return byDate;
        }

        private List<Aov.LowPriceShare> lowPriceShareDaily() {
            List<Aov.LowPriceShare> days = new ArrayList<>();
            for (int i = 0; i < period; i++) {
                int n = dayOrders[period + i];
                days.add(new Aov.LowPriceShare(c.date(rFrom + i), n, lowPriceOrders[i],
                        Values.Ratio.of(Money.divide(lowPriceOrders[i], n))));
            }
            return days;
        }

        /** Order structure of the last structure-days days and of the structure-days before them. */
        private Aov.Structure structure() {
            int n = a.structureDays();
            return new Aov.Structure(structurePart(c.yDay - n + 1, c.yDay), structurePart(c.yDay - 2 * n + 1, c.yDay - n));
        }

        private Aov.StructurePart structurePart(int from, int to) {
            long low = ceilUnits(a.structureBounds().get(0));
            long high = ceilUnits(a.structureBounds().get(1));
            int[] counts = new int[3];
            for (int day = Math.max(0, from); day <= to; day++) {
                for (int o : c.validOrdersOn(day)) {
                    long rev = d.revenue.get(o);
                    counts[rev < low ? 0 : rev < high ? 1 : 2]++;
                }
            }
            int n = counts[0] + counts[1] + counts[2];
            return new Aov.StructurePart(n, Values.Ratio.of(Money.divide(counts[0], n)),
                    Values.Ratio.of(Money.divide(counts[1], n)), Values.Ratio.of(Money.divide(counts[2], n)));
        }

        /** Category decliners (contributionChange &lt; 0, ascending) or growers (&gt; 0, descending), top category-top. */
        private List<Aov.CategoryRow> categories(boolean growers) {
            List<Aov.CategoryRow> rows = new ArrayList<>();
            for (int cat = 0; cat < categories.size(); cat++) {
                if (categoryOrders[RECENT][cat] + categoryOrders[HISTORY][cat] == 0) {
                    continue;
                }
                BigDecimal recentPrice = Money.perItem(categoryRevenue[RECENT][cat], categoryQty[RECENT][cat]);
                BigDecimal historyPrice = Money.perItem(categoryRevenue[HISTORY][cat], categoryQty[HISTORY][cat]);
                BigDecimal recent = contribution(categoryOrders[RECENT][cat], orders[RECENT], recentPrice);
                BigDecimal history = contribution(categoryOrders[HISTORY][cat], orders[HISTORY], historyPrice);
                BigDecimal change = (recent == null ? BigDecimal.ZERO : recent).subtract(history == null ? BigDecimal.ZERO : history);
                if (growers ? change.signum() > 0 : change.signum() < 0) {
                    rows.add(new Aov.CategoryRow(categories.get(cat), categoryOrders[RECENT][cat], categoryOrders[HISTORY][cat],
                            Values.Money.of(recentPrice), Values.Money.of(historyPrice), Values.Money.of(recent),
                            Values.Money.of(history), Values.Money.of(change)));
                }
            }
            Comparator<Aov.CategoryRow> byChange = Comparator.comparing(r -> r.contributionChange().value());
            rows.sort((growers ? byChange.reversed() : byChange).thenComparing(Aov.CategoryRow::categoryL1,
                    Digests.CODE_POINT_ORDER));
            return List.copyOf(rows.subList(0, Math.min(a.categoryTop(), rows.size())));
        }

        private static BigDecimal contribution(int categoryOrders, int allOrders, BigDecimal price) {
            BigDecimal share = Money.divide(categoryOrders, allOrders);
            return share == null || price == null ? null : share.multiply(price);
        }

        /** A product's values over Hh and R (商品维度). */
        private final class ProductValues {
            final int product;
            final BigDecimal recentPrice;
            final BigDecimal historyPrice;
            final BigDecimal priceChange;
            final int recentQty;
            final int historyQty;
            final BigDecimal salesChange;
            final int recentOrders;
            final int historyOrders;
            BigDecimal drag;
            private Aov.ProductRow row;

            ProductValues(int p) {
                DiagnosisContext.ProductDays pd = c.productDays();
                int base = p * pd.days;
                long revR = 0;
                long revH = 0;
                int qR = 0;
                int qH = 0;
                int oR = 0;
                int oH = 0;
                for (int day = Math.max(0, hFrom); day <= c.yDay; day++) {
                    int cell = base + day;
                    if (day >= rFrom) {
                        revR += pd.revenue[cell];
                        qR += pd.qty[cell];
                        oR += pd.orders[cell];
                    } else {
                        revH += pd.revenue[cell];
                        qH += pd.qty[cell];
                        oH += pd.orders[cell];
                    }
                }
                product = p;
                recentPrice = Money.perItem(revR, qR);
                historyPrice = Money.perItem(revH, qH);
                priceChange = recentPrice == null || historyPrice == null ? null
                        : DiagnosisContext.changeRatio(historyPrice, recentPrice);
                recentQty = qR;
                historyQty = qH;
                salesChange = DiagnosisContext.changeRatio(BigDecimal.valueOf(qH), BigDecimal.valueOf(qR));
                recentOrders = oR;
                historyOrders = oH;
            }

            Aov.ProductRow row() {
                if (row == null) {
                    long stock = c.latestStock(product, 0, c.yDay);
                    row = new Aov.ProductRow(c.productId(product), Values.Money.of(recentPrice), Values.Money.of(historyPrice),
                            Values.Ratio.of(priceChange), recentQty, historyQty, Values.Ratio.of(salesChange), recentOrders,
                            historyOrders, stock == Money.NULL ? null : Values.Stock.of(Money.decimal(stock)));
                }
                return row;
            }
        }

        /** The seven product lists, each sorted and cut to its own size. */
        private record Products(List<Aov.DragRow> coreDrag, List<Aov.ProductRow> abnormal, List<Aov.ProductRow> newLowPrice,
                List<Aov.ProductRow> highPriceStar, List<Aov.ProductRow> highPriceStable,
                List<Aov.ProductRow> highPriceDeclining, List<Aov.ProductRow> opportunity) {
        }

        private Products products(BigDecimal recentAov) {
            DiagnosisContext.ProductDays pd = c.productDays();
            List<ProductValues> drag = new ArrayList<>();
            List<ProductValues> abnormal = new ArrayList<>();
            List<ProductValues> newLowPrice = new ArrayList<>();
            List<ProductValues> star = new ArrayList<>();
            List<ProductValues> stable = new ArrayList<>();
            List<ProductValues> highDeclining = new ArrayList<>();
            List<ProductValues> opportunity = new ArrayList<>();
            BigDecimal dragLimit = recentAov == null ? null : a.dragPriceFactor().multiply(recentAov);
            BigDecimal newLowLimit = recentAov == null ? null : a.newLowPriceFactor().multiply(recentAov);
            BigDecimal rise = a.abnormalSalesRiseRatio();
            BigDecimal drop = a.abnormalSalesDropRatio().negate();
            BigDecimal starRise = a.highPriceStarRiseRatio();
            BigDecimal decline = a.highPriceDeclineRatio().negate();
            BigDecimal opportunityDrop = a.opportunitySalesDropRatio().negate();
            for (int p = 0; p < d.productCount; p++) {
                if (productCategory[p] < 0 || !hasLines(pd, p)) {
                    continue;
                }
                ProductValues v = new ProductValues(p);
                BigDecimal price = v.recentPrice;
                if (v.recentOrders > 0 && below(price, dragLimit)) {
                    v.drag = recentAov.subtract(price).multiply(BigDecimal.valueOf(v.recentOrders));
                    drag.add(v);
                }
                if (v.historyOrders >= a.abnormalMinHistoryOrders()
                        && (v.salesChange.compareTo(rise) > 0 || v.salesChange.compareTo(drop) < 0) && below(price, recentAov)) {
                    abnormal.add(v);
                }
                if (v.historyOrders == 0 && v.recentOrders >= a.newLowPriceMinOrders() && below(price, newLowLimit)) {
                    newLowPrice.add(v);
                }
                if (price != null && price.compareTo(a.highPriceMinPrice()) > 0 && v.recentOrders >= a.highPriceMinOrders()) {
                    if (v.salesChange.compareTo(starRise) > 0) {
                        star.add(v);
                    } else if (v.salesChange.compareTo(decline) >= 0) {
                        stable.add(v);
                    } else {
                        highDeclining.add(v);
                    }
                }
                if (price != null && price.compareTo(a.opportunityMinPrice()) > 0 && v.salesChange.compareTo(opportunityDrop) < 0
                        && v.historyOrders >= a.opportunityMinHistoryOrders()) {
                    opportunity.add(v);
                }
            }
            Comparator<ProductValues> tie = (x, y) -> d.compareProducts(x.product, y.product);
            List<Aov.DragRow> dragRows = top(drag, Comparator.comparing((ProductValues v) -> v.drag).reversed().thenComparing(tie),
                    a.dragTop()).stream().map(v -> new Aov.DragRow(v.row(), Values.Money.of(v.drag), label(v))).toList();
            return new Products(dragRows,
                    rows(abnormal, Comparator.comparing((ProductValues v) -> v.salesChange.abs()).reversed().thenComparing(tie),
                            a.abnormalTop()),
                    rows(newLowPrice, Comparator.comparingInt((ProductValues v) -> v.recentOrders).reversed().thenComparing(tie),
                            a.newLowPriceTop()),
                    rows(star, Comparator.comparing((ProductValues v) -> v.salesChange).reversed().thenComparing(tie),
                            a.highPriceStarTop()),
                    rows(stable, Comparator.comparingInt((ProductValues v) -> v.recentQty).reversed().thenComparing(tie),
                            a.highPriceStableTop()),
                    rows(highDeclining, Comparator.comparing((ProductValues v) -> v.salesChange).thenComparing(tie),
                            a.highPriceDecliningTop()),
                    rows(opportunity, Comparator.comparing((ProductValues v) -> v.salesChange).thenComparing(tie),
                            a.opportunityTop()));
        }

        private boolean hasLines(DiagnosisContext.ProductDays pd, int p) {
            int base = p * pd.days;
            for (int day = Math.max(0, hFrom); day <= c.yDay; day++) {
                if (pd.lines[base + day] > 0) {
                    return true;
                }
            }
            return false;
        }

        /** The coreDrag label: the first that matches. */
        private String label(ProductValues v) {
            if (v.recentPrice.compareTo(a.dragPromoMaxPrice()) < 0 && v.salesChange.compareTo(a.dragPromoSalesRiseRatio()) > 0) {
                return "🔥促销引流品";
            }
            long stock = c.latestStock(v.product, 0, c.yDay);
            if (stock != Money.NULL && stock <= 0 && v.salesChange.compareTo(a.dragSoldoutSalesDropRatio().negate()) < 0) {
                return "🚫售罄缺货";
            }
            if (v.priceChange != null && v.priceChange.compareTo(a.dragPriceCutRatio().negate()) < 0) {
                return "📉降价促销";
            }
            if (v.priceChange != null && v.priceChange.abs().compareTo(a.dragStagnantPriceBandRatio()) < 0
                    && v.salesChange.compareTo(a.dragStagnantSalesDropRatio().negate()) < 0) {
                return "📦滞销风险";
            }
            return "💰低价拖累";
        }

        private static List<ProductValues> top(List<ProductValues> values, Comparator<ProductValues> order, int limit) {
            values.sort(order);
            return values.subList(0, Math.min(limit, values.size()));
        }

        private static List<Aov.ProductRow> rows(List<ProductValues> values, Comparator<ProductValues> order, int limit) {
            return top(values, order, limit).stream().map(ProductValues::row).toList();
        }

        /** value &lt; limit; a null value or limit fails. */
        private static boolean below(BigDecimal value, BigDecimal limit) {
            return value != null && limit != null && value.compareTo(limit) < 0;
        }
    }

    private static Values.Money money(long units) {
        return Values.Money.of(Money.decimal(units));
    }
}
