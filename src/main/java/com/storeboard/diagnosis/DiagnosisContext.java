package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.ProductId;
import com.storeboard.orders.Digests;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What every card of one diagnosis shares: the scope's data, the configuration, the reference date and the
 * horizon (DIAGNOSIS.md §1.4), and the shared helpers of §1.6 / DATA.md §3.12 over per-product, per-day totals
 * that are computed once. Only lines of valid orders are visible to the helpers.
 *
 * <p>Days are indices: day 0 is the first day of the horizon, {@link #yDay} is Y. A window is a closed range of
 * day indices; days before {@link #firstDay} hold no data.
 */
final class DiagnosisContext {

    final ScopeData data;
    final DiagnosisProperties config;
    final LocalDate y;
    final int yDay;
    final LocalDate firstDate;
    final int firstDay;
    final int spanDays;
    /** Number of day slots (horizon-days). */
    final int days;

    private ProductDays productDays;
    private int[] productLineStart;
    private int[] productLines;
    private int[][] ordersByDay;

    DiagnosisContext(ScopeData data, DiagnosisProperties config) {
        this.data = data;
        this.config = config;
        this.y = data.referenceDate;
        this.days = config.horizonDays();
        if (y == null) {
            this.yDay = -1;
            this.firstDate = null;
            this.firstDay = 0;
            this.spanDays = 0;
        } else {
            this.yDay = data.day(y);
            LocalDate horizonStart = data.baseDate;
            this.firstDate = data.earliestStoredDate.isAfter(horizonStart) ? data.earliestStoredDate : horizonStart;
            this.firstDay = data.day(firstDate);
            this.spanDays = yDay - firstDay + 1;
        }
    }

    // --- per product and day ------------------------------------------------------------------------

    /** Totals per (product, day) over lines of valid orders. */
    static final class ProductDays {
        final int days;
        final int[] qty;
        final long[] revenue;
        final long[] profit;
        final long[] cost;
        /** Σ 商品实售价 × 月售 */
        final long[] saleAmount;
        /** Σ 商品原价 × 月售 */
        final long[] originalAmount;
        /** Distinct orders containing the product. */
        final int[] orders;
        final int[] lines;
        /** The latest line of the day with a known 库存, -1 if none (stockOn, DATA.md §3.12). */
        final int[] stockLine;

        ProductDays(int products, int days) {
            this.days = days;
            int n = products * days;
            qty = new int[n];
            revenue = new long[n];
            profit = new long[n];
            cost = new long[n];
            saleAmount = new long[n];
            originalAmount = new long[n];
            orders = new int[n];
            lines = new int[n];
            stockLine = new int[n];
            Arrays.fill(stockLine, -1);
        }
    }

    ProductDays productDays() {
        if (productDays == null) {
            ScopeData d = data;
            ProductDays pd = new ProductDays(d.productCount, days);
            int previousOrder = -1;
            int previousProduct = -1;
            for (int l = 0; l < d.lineCount; l++) {
                int o = d.lineOrder[l];
                if (!d.valid[o]) {
                    continue;
                }
                int day = d.orderDay[o];
                if (day < 0 || day >= days) {
                    continue;
                }
                int p = d.lineProduct[l];
                int cell = p * days + day;
                int q = d.lineQty[l];
                pd.qty[cell] += q;
                pd.revenue[cell] += Money.times(d.receivedPrice.get(l), q);
                pd.profit[cell] += d.grossProfit.get(l);
                pd.cost[cell] += d.lineCost.get(l);
                pd.saleAmount[cell] += Money.times(d.salePrice.get(l), q);
                pd.originalAmount[cell] += Money.times(d.originalPrice.get(l), q);
                pd.lines[cell]++;
                if (o != previousOrder || p != previousProduct) {
                    pd.orders[cell]++;
                }
                previousOrder = o;
                previousProduct = p;
                if (d.stock.get(l) != Money.NULL) {
                    int current = pd.stockLine[cell];
                    if (current < 0 || d.canonicallyBefore(current, l)) {
                        pd.stockLine[cell] = l;
                    }
                }
            }
            productDays = pd;
        }
        return productDays;
    }

    int qty(int p, int from, int to) {
        ProductDays pd = productDays();
        int sum = 0;
        for (int day = Math.max(0, from); day <= Math.min(to, days - 1); day++) {
            sum += pd.qty[p * days + day];
        }
        return sum;
    }

    long revenue(int p, int from, int to) {
        return sum(productDays().revenue, p, from, to);
    }

    long profit(int p, int from, int to) {
        return sum(productDays().profit, p, from, to);
    }

    long cost(int p, int from, int to) {
        return sum(productDays().cost, p, from, to);
    }

    int orders(int p, int from, int to) {
        ProductDays pd = productDays();
        int sum = 0;
        for (int day = Math.max(0, from); day <= Math.min(to, days - 1); day++) {
            sum += pd.orders[p * days + day];
        }
        return sum;
    }

    boolean exists(int p, int from, int to) {
        ProductDays pd = productDays();
        for (int day = Math.max(0, from); day <= Math.min(to, days - 1); day++) {
            if (pd.lines[p * days + day] > 0) {
                return true;
            }
        }
        return false;
    }

    private long sum(long[] values, int p, int from, int to) {
        long sum = 0;
        for (int day = Math.max(0, from); day <= Math.min(to, days - 1); day++) {
            sum += values[p * days + day];
        }
        return sum;
    }

    /** profit ÷ revenue (ratio), null when revenue = 0. */
    BigDecimal margin(int p, int from, int to) {
        return Money.divide(profit(p, from, to), revenue(p, from, to));
    }

    /** Σ商品采购成本 ÷ max(Σ月售, 1) (DATA.md §3.5). */
    BigDecimal unitCost(int p, int from, int to) {
        return Money.perItem(cost(p, from, to), Math.max(qty(p, from, to), 1));
    }

    /** Quantity-weighted mean of 实收价格 / 商品实售价 / 商品原价 over the window; null without quantity. */
    BigDecimal meanReceivedPrice(int p, int from, int to) {
        return Money.perItem(revenue(p, from, to), qty(p, from, to));
    }

    BigDecimal meanSalePrice(int p, int from, int to) {
        return Money.perItem(sum(productDays().saleAmount, p, from, to), qty(p, from, to));
    }

    BigDecimal meanOriginalPrice(int p, int from, int to) {
        return Money.perItem(sum(productDays().originalAmount, p, from, to), qty(p, from, to));
    }

    /** stockOn(p, d): the latest known 库存 among p's lines dated d, in money units; {@link Money#NULL} if none. */
    long stockOn(int p, int day) {
        if (day < 0 || day >= days) {
            return Money.NULL;
        }
        int line = productDays().stockLine[p * days + day];
        return line < 0 ? Money.NULL : data.stock.get(line);
    }

    /** latestStock(p, W): the latest known 库存 among p's lines in the window; {@link Money#NULL} if none. */
    long latestStock(int p, int from, int to) {
        for (int day = Math.min(to, days - 1); day >= Math.max(0, from); day--) {
            long s = stockOn(p, day);
            if (s != Money.NULL) {
                return s;
            }
        }
        return Money.NULL;
    }

    boolean soldOn(int p, int day) {
        return day >= 0 && day < days && productDays().qty[p * days + day] > 0;
    }

    // --- lines per product ---------------------------------------------------------------------------

    /** The valid lines of each product in canonical order: lines of p are productLines()[start[p] … start[p+1]). */
    int[] productLineStart() {
        buildProductLines();
        return productLineStart;
    }

    int[] productLines() {
        buildProductLines();
        return productLines;
    }

    private void buildProductLines() {
        if (productLines != null) {
            return;
        }
        ScopeData d = data;
        // all valid lines in canonical order (order rank, then position in the order), bucketed by product
        long[] keys = new long[d.lineCount];
        int n = 0;
        int[] start = new int[d.productCount + 1];
        for (int l = 0; l < d.lineCount; l++) {
            int o = d.lineOrder[l];
            if (d.valid[o]) {
                keys[n++] = ((long) d.orderRank[o] << 32) | l;
                start[d.lineProduct[l] + 1]++;
            }
        }
        Arrays.sort(keys, 0, n);
        for (int p = 0; p < d.productCount; p++) {
            start[p + 1] += start[p];
        }
        int[] fill = Arrays.copyOf(start, d.productCount);
        int[] lines = new int[n];
        for (int i = 0; i < n; i++) {
            int l = (int) keys[i];
            lines[fill[d.lineProduct[l]]++] = l;
        }
        productLines = lines;
        productLineStart = start;
    }

    /**
     * 主渠道 of p in a window (DATA.md §3.12): the channel with the largest Σ月售, ties to more lines, then the
     * smaller channel name.
     */
    String mainChannel(int p, int from, int to) {
        int[] start = productLineStart();
        int[] lines = productLines();
        Map<Integer, long[]> byChannel = new HashMap<>();
        for (int i = start[p]; i < start[p + 1]; i++) {
            int l = lines[i];
            int o = data.lineOrder[l];
            int day = data.orderDay[o];
            if (day < from || day > to) {
                continue;
            }
            long[] acc = byChannel.computeIfAbsent(data.orderChannel[o], c -> new long[2]);
            acc[0] += data.lineQty[l];
            acc[1]++;
        }
        String best = null;
        long bestQty = -1;
        long bestLines = -1;
        for (Map.Entry<Integer, long[]> e : byChannel.entrySet()) {
            String name = data.channels[e.getKey()];
            long q = e.getValue()[0];
            long n = e.getValue()[1];
            if (q > bestQty || (q == bestQty && (n > bestLines
                    || (n == bestLines && Digests.CODE_POINT_ORDER.compare(name, best) < 0)))) {
                best = name;
                bestQty = q;
                bestLines = n;
            }
        }
        return best;
    }

    // --- orders per day ------------------------------------------------------------------------------------

    /** Valid orders of a day index, in data order. */
    int[] validOrdersOn(int day) {
        if (ordersByDay == null) {
            int[] counts = new int[days];
            for (int o = 0; o < data.orderCount; o++) {
                int dd = data.orderDay[o];
                if (data.valid[o] && dd >= 0 && dd < days) {
                    counts[dd]++;
                }
            }
            int[][] byDay = new int[days][];
            for (int dd = 0; dd < days; dd++) {
                byDay[dd] = new int[counts[dd]];
            }
            int[] fill = new int[days];
            for (int o = 0; o < data.orderCount; o++) {
                int dd = data.orderDay[o];
                if (data.valid[o] && dd >= 0 && dd < days) {
                    byDay[dd][fill[dd]++] = o;
                }
            }
            ordersByDay = byDay;
        }
        return day < 0 || day >= days ? new int[0] : ordersByDay[day];
    }

    // --- products ----------------------------------------------------------------------------------------

    boolean consumable(int p) {
        return data.consumable[p];
    }

    ProductId productId(int p) {
        String[] a = data.productAttributes(p);
        return new ProductId(data.stores[data.productStore[p]], data.productKey[p], a[0], a[1], a[2], a[3], a[4]);
    }

    LocalDate date(int day) {
        return data.date(day);
    }

    /** The window of the {@code days} days that end with Y. */
    Card.Window lastDays(int days) {
        return new Card.Window(date(yDay - days + 1), y, days);
    }

    // --- shared arithmetic -----------------------------------------------------------------------------------

    /** changeRatio(before, after) of DATA.md §3.12. */
    static BigDecimal changeRatio(BigDecimal before, BigDecimal after) {
        int sign = before.signum();
        if (sign > 0) {
            return after.subtract(before).divide(before, 10, RoundingMode.HALF_UP);
        }
        if (sign == 0) {
            return BigDecimal.valueOf(after.signum());
        }
        return after.subtract(before).divide(before.abs(), 10, RoundingMode.HALF_UP);
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a == null || b == null || b.signum() == 0 ? null : a.divide(b, 10, RoundingMode.HALF_UP);
    }
}
