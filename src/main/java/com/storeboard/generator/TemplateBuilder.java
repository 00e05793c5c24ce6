package com.storeboard.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds the history template day of a store (DATA.md §5.3 baskets, §5.4 Q4–Q6) and the recent one.
 *
 * <p>Exactly b_s units of every SKU must end up in ordersPerStoreDay baskets whose revenues hit the 客单价 band
 * quotas at least 1.00 inside the band edges, so baskets are not drawn one by one: the units are split into
 * lines (quantity shares of §5.3), the baskets get their band, channel and discount draws, and the lines are
 * packed: first the baskets of the G4 churn customers (built by construct-and-check), then a worst-fit greedy
 * towards per-basket revenue targets, then a local search (moves and swaps of lines between baskets) until
 * every basket is inside its band, profitable before delivery (Q1) and stays so under every planted change of
 * its lines. Plant lines that change on some days are one per basket and never in a basket removed by G5.
 */
final class TemplateBuilder {

    private static final int MAX_LINES = 8;
    private static final int[] LINE_QTY_PER_MILLE = {750, 170, 50, 15, 10, 5};
    private static final long MAX_LINE_VALUE = 15_000;
    private static final long BIG = 1_000_000;

    /** G5 of DATA.md §5.5: fractions of the band quotas removed from the recent template. */
    static final Band[] AOV_BANDS = {Band.B30_40, Band.B40_50, Band.B50_100};
    static final int[] AOV_FRACTION_PERCENT = {35, 20, 10};

    private final StorePlan plan;
    private final PlantSchedule schedule;
    private final int orders;
    private final SplittableRandom random;
    private final SplittableRandom plants;

    private PackBasket[] baskets;
    private int[] retained;

    TemplateBuilder(StorePlan plan, PlantSchedule schedule, int ordersPerStoreDay, SplittableRandom baskets,
            SplittableRandom plants) {
        this.plan = plan;
        this.schedule = schedule;
        this.orders = ordersPerStoreDay;
        this.random = baskets;
        this.plants = plants;
    }

    /** A line while packing. */
    static final class PackLine {
        final int sku;
        final Sku item;
        final int qty;
        final int lineNo;
        final boolean belowCostTarget;
        final boolean noAllocation;
        final boolean modifying;
        final boolean elemeOnly;
        final boolean needsOtherLine;
        final boolean plantSku;
        final List<LineVariant> variants;
        final long value;
        final int order;

        PackLine(int sku, Sku item, int qty, int lineNo, boolean belowCostTarget, boolean noAllocation,
                boolean modifying, boolean elemeOnly, boolean needsOtherLine, boolean plantSku,
                List<LineVariant> variants, int order) {
            this.sku = sku;
            this.item = item;
            this.qty = qty;
            this.lineNo = lineNo;
            this.belowCostTarget = belowCostTarget;
            this.noAllocation = noAllocation;
            this.modifying = modifying;
            this.elemeOnly = elemeOnly;
            this.needsOtherLine = needsOtherLine;
            this.plantSku = plantSku;
            this.variants = variants;
            this.value = item.salePrice() * qty;
            this.order = order;
        }
    }

    /** A basket while packing, with its discount draws. */
    static final class PackBasket {
        final int index;
        final Band band;
        final Channel channel;
        final boolean fullReductionDraw;
        final boolean newCustomerDraw;
        final boolean voucherDraw;
        final boolean rebate;
        final boolean bag;
        final ArrayList<PackLine> lines = new ArrayList<>();
        boolean removable;
        boolean pinned;
        int churnCustomer = -1;
        long target;
        long approx;
        int wantedLines;
        long violation;

        PackBasket(int index, Band band, Channel channel, SplittableRandom random) {
            this.index = index;
            this.band = band;
            this.channel = channel;
            this.fullReductionDraw = Draw.chance(random, 350);
            this.newCustomerDraw = Draw.chance(random, 50);
            this.voucherDraw = Draw.chance(random, 80);
            this.rebate = Draw.chance(random, 30);
            boolean bagDraw = Draw.chance(random, 600);
            this.bag = bagDraw && channel.delivery();
        }

        boolean hasSku(int sku) {
            for (PackLine line : lines) {
                if (line.sku == sku) {
                    return true;
                }
            }
            return false;
        }

        PackLine modifyingLine() {
            for (PackLine line : lines) {
                if (line.modifying) {
                    return line;
                }
            }
            return null;
        }
    }

    /** Prices of a basket: the exact amounts of DATA.md §5.3 for its current lines. */
    static final class Priced {
        long saleTotal;
        long discount;
        long fullReduction;
        long newCustomer;
        long voucher;
        long[] received = new long[16];
        long merchandise;
        long bagPrice;
        long bagCost;
        long revenue;
        long gross;
        long fees;
        long rebates;

        long profit() {
            return gross - fees + rebates;
        }
    }

    Template build() {
        int[] bandQuota = Band.quotas(orders);
        int[] channelQuota = Draw.apportion(orders, Channel.shares());
        List<Band> bands = new ArrayList<>();
        for (Band band : Band.values()) {
            for (int i = 0; i < bandQuota[band.ordinal()]; i++) {
                bands.add(band);
            }
        }
        List<Channel> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            for (int i = 0; i < channelQuota[channel.ordinal()]; i++) {
                channels.add(channel);
            }
        }
        Draw.shuffle(random, bands);
        Draw.shuffle(random, channels);
        baskets = new PackBasket[orders];
        for (int i = 0; i < orders; i++) {
            baskets[i] = new PackBasket(i, bands.get(i), channels.get(i), random);
        }
        List<PackLine> pool = splitLines();
        retained = new int[plan.skus.size()];
        buildChurnBaskets(pool);
        chooseRemovable(bandQuota);
        pack(pool);
        return finish(bandQuota);
    }

    // ---------------------------------------------------------------------------------------------- lines

    private List<PackLine> splitLines() {
        List<PackLine> lines = new ArrayList<>();
        for (int s = 0; s < plan.skus.size(); s++) {
            PlantRole role = plan.role(s);
            Sku sku = plan.sku(s);
            if (role == PlantRole.CONSUMABLE || role.outsideTemplates()) {
                continue;
            }
            if (role.inTemplatesDedicated()) {
                int[] layout = PlantSchedule.layout(role);
                for (int n = 0; n < layout.length; n++) {
                    List<LineVariant> variants = schedule.variants(s, n, false, layout[n]);
                    lines.add(new PackLine(s, sku, layout[n], n, false, true, true, role == PlantRole.PRICE_RISE
                            || role == PlantRole.PRICE_CUT, role == PlantRole.SALES_DROP, true, variants,
                            lines.size()));
                }
                continue;
            }
            int remaining = plan.baseQty[s];
            boolean first = true;
            while (remaining > 0) {
                int qty;
                if (role == PlantRole.CHURN_OTHER || (role == PlantRole.BELOW_COST && first)) {
                    qty = 1;
                } else {
                    qty = Math.min(remaining, 1 + Draw.categorical(random, LINE_QTY_PER_MILLE));
                    while (qty > 1 && sku.salePrice() * qty > MAX_LINE_VALUE) {
                        qty--;
                    }
                }
                boolean target = role == PlantRole.BELOW_COST && first;
                boolean modifying = target || role == PlantRole.MARGIN_DROP;
                List<LineVariant> variants = modifying ? schedule.variants(s, -1, target, qty) : List.of();
                lines.add(new PackLine(s, sku, qty, -1, target, role == PlantRole.MARGIN_DROP, modifying, false,
                        false, role != PlantRole.QUIET, variants, lines.size()));
                remaining -= qty;
                first = false;
            }
        }
        return mergeToLineShare(lines);
    }

    /**
     * Merges lines of the same ranked SKU (up to 6 units) until the template has 2.76 lines per order, the mean of
     * the lines-per-order shares; with the 1-unit SKUs forced to single lines this brings the mean quantity per
     * line close to the 1.38 of §5.3.
     */
    private List<PackLine> mergeToLineShare(List<PackLine> lines) {
        int wanted = (int) Cents.halfUp(orders * 276L, 100);
        java.util.Map<Integer, List<PackLine>> bySku = new java.util.TreeMap<>();
        for (PackLine line : lines) {
            PlantRole role = plan.role(line.sku);
            boolean mergeable = (role == PlantRole.QUIET || role == PlantRole.STOCKOUT
                    || role == PlantRole.BELOW_COST) && !line.belowCostTarget;
            if (mergeable) {
                bySku.computeIfAbsent(line.sku, k -> new ArrayList<>()).add(line);
            }
        }
        List<Integer> skus = new ArrayList<>();
        for (var entry : bySku.entrySet()) {
            if (entry.getValue().size() >= 2) {
                skus.add(entry.getKey());
            }
        }
        int count = lines.size();
        java.util.Set<PackLine> dropped = new java.util.HashSet<>();
        List<PackLine> added = new ArrayList<>();
        while (count > wanted && !skus.isEmpty()) {
            int pick = random.nextInt(skus.size());
            List<PackLine> own = bySku.get(skus.get(pick));
            own.sort(Comparator.comparingInt((PackLine l) -> l.qty).thenComparingInt(l -> l.order));
            PackLine a = own.get(0);
            PackLine b = own.get(1);
            int qty = a.qty + b.qty;
            if (qty > 6 || a.item.salePrice() * qty > MAX_LINE_VALUE) {
                skus.remove(pick);
                continue;
            }
            PackLine merged = new PackLine(a.sku, a.item, qty, -1, false, a.noAllocation, a.modifying, false, false,
                    a.plantSku, a.modifying ? schedule.variants(a.sku, -1, false, qty) : List.of(),
                    lines.size() + added.size());
            own.remove(a);
            own.remove(b);
            own.add(merged);
            dropped.add(a);
            dropped.add(b);
            added.add(merged);
            count--;
            if (own.size() < 2) {
                skus.remove(pick);
            }
        }
        List<PackLine> result = new ArrayList<>(count);
        for (PackLine line : lines) {
            if (!dropped.contains(line)) {
                result.add(line);
            }
        }
        for (PackLine line : added) {
            if (!dropped.contains(line)) {
                result.add(line);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------- pricing

    private final Priced scratch = new Priced();

    /** Prices the basket's current lines; returns the shared scratch result. */
    Priced price(PackBasket basket) {
        return price(basket.lines, basket, scratch);
    }

    static Priced price(List<PackLine> lines, PackBasket basket, Priced p) {
        int n = lines.size();
        if (p.received.length < n) {
            p.received = new long[n * 2];
        }
        long saleTotal = 0;
        long eligible = 0;
        for (PackLine line : lines) {
            saleTotal += line.value;
            if (!line.noAllocation) {
                eligible += line.value;
            }
        }
        p.saleTotal = saleTotal;
        p.fullReduction = 0;
        p.newCustomer = 0;
        p.voucher = 0;
        if (eligible > 0) {
            if (basket.fullReductionDraw && saleTotal >= 2000) {
                p.fullReduction = saleTotal >= 5900 ? 1000 : saleTotal >= 3900 ? 600 : 300;
            }
            if (basket.newCustomerDraw) {
                p.newCustomer = 300;
            }
            if (basket.voucherDraw) {
                p.voucher = saleTotal >= 3000 ? 500 : 200;
            }
        }
        long discount = p.fullReduction + p.newCustomer + p.voucher;
        p.discount = discount;
        long merchandise = 0;
        long gross = 0;
        long fees = 0;
        long rebates = 0;
        for (int i = 0; i < n; i++) {
            PackLine line = lines.get(i);
            long sale = line.item.salePrice();
            long received;
            if (line.noAllocation || discount == 0) {
                received = sale;
            } else {
                // Pro rata by 售价 amount = the same fraction off every eligible line, capped by Q4.
                received = Math.max(line.item.minReceivedPrice(), Cents.halfUp(sale * (eligible - discount), eligible));
            }
            p.received[i] = received;
            long revenue = received * line.qty;
            merchandise += revenue;
            gross += revenue - line.item.unitCost() * line.qty;
            fees += basket.channel.serviceFee(revenue);
            if (basket.rebate) {
                rebates += Cents.halfUp(revenue * 2, 100);
            }
        }
        p.merchandise = merchandise;
        p.bagPrice = 0;
        p.bagCost = 0;
        if (basket.bag) {
            p.bagPrice = merchandise >= 5000 ? 50 : 20;
            p.bagCost = merchandise >= 5000 ? 20 : 8;
            gross += p.bagPrice - p.bagCost;
            fees += basket.channel.serviceFee(p.bagPrice);
            if (basket.rebate) {
                rebates += Cents.halfUp(p.bagPrice * 2, 100);
            }
        }
        p.revenue = merchandise + p.bagPrice;
        p.gross = gross;
        p.fees = fees;
        p.rebates = rebates;
        return p;
    }

    private static long bandViolation(long revenue, Band band, long margin) {
        long v = Math.max(0, band.lower() + margin - revenue);
        if (band.bounded()) {
            long hi = margin == 0 ? band.upper() - 1 : band.upper() - margin;
            v += Math.max(0, revenue - hi);
        }
        return v;
    }

    /** How far the basket is from every constraint (0 = fine). */
    long violation(PackBasket basket) {
        if (basket.lines.isEmpty()) {
            return BIG;
        }
        Priced p = price(basket);
        long v = bandViolation(p.revenue, basket.band, 100) + 3 * Math.max(0, 1 - p.profit());
        if (p.gross == 0) {
            v += 100;
        }
        int regular = basket.lines.size();
        for (int i = 0; i < basket.lines.size(); i++) {
            PackLine line = basket.lines.get(i);
            if (line.needsOtherLine && regular < 2) {
                v += 5_000;
            }
            if (line.modifying) {
                for (LineVariant variant : line.variants) {
                    v += variantViolation(basket, p, line, p.received[i], variant);
                }
            }
        }
        return v;
    }

    private static long variantViolation(PackBasket basket, Priced p, PackLine line, long received,
            LineVariant variant) {
        long baseRevenue = received * line.qty;
        long newReceived = variant.receivedPrice() == LineVariant.KEEP ? received : variant.receivedPrice();
        long newRevenue = newReceived * variant.qty();
        long revenue = p.revenue - baseRevenue + newRevenue;
        long gross = p.gross - (baseRevenue - line.item.unitCost() * line.qty)
                + (newRevenue - variant.unitCost() * variant.qty());
        long fees = p.fees - basket.channel.serviceFee(baseRevenue)
                + (variant.qty() == 0 ? 0 : basket.channel.serviceFee(newRevenue));
        long rebates = p.rebates;
        if (basket.rebate) {
            rebates += Cents.halfUp(newRevenue * 2, 100) - Cents.halfUp(baseRevenue * 2, 100);
        }
        long v = bandViolation(revenue, basket.band, 0) + 3 * Math.max(0, 1 - (gross - fees + rebates));
        if (gross == 0) {
            v += 100;
        }
        return v;
    }

    // ---------------------------------------------------------------------------------------------- G4

    private void buildChurnBaskets(List<PackLine> pool) {
        for (StorePlan.ChurnCustomer customer : plan.churnCustomers) {
            Set<Integer> usedSkus = new HashSet<>();
            for (int k = 0; k < customer.days.length; k++) {
                PackBasket basket = churnBasket(customer, k, pool, usedSkus);
                basket.pinned = true;
                basket.churnCustomer = customer.j;
                customer.baskets[k] = basket.index;
                for (PackLine line : basket.lines) {
                    pool.remove(line);
                    usedSkus.add(line.sku);
                    retained[line.sku]++;
                }
            }
        }
    }

    private PackBasket churnBasket(StorePlan.ChurnCustomer customer, int k, List<PackLine> pool,
            Set<Integer> usedSkus) {
        boolean high = customer.highValue();
        List<PackBasket> shells = new ArrayList<>();
        for (PackBasket b : baskets) {
            boolean bandOk = high ? b.band == Band.B50_100 : (b.band == Band.B0_10 || b.band == Band.B10_20);
            boolean channelOk = customer.reason.equals("涨价") ? b.channel == Channel.ELEME : b.channel.delivery();
            if (!b.pinned && bandOk && channelOk) {
                shells.add(b);
            }
        }
        List<PackLine> quiet = new ArrayList<>();
        for (PackLine line : pool) {
            if (plan.role(line.sku) == PlantRole.QUIET && !usedSkus.contains(line.sku)) {
                quiet.add(line);
            }
        }
        List<PackLine> targets = new ArrayList<>();
        for (PackLine line : pool) {
            if (line.sku == customer.targetSku && !customer.reason.equals("下架")) {
                boolean ok = customer.reason.equals("涨价") ? line.qty == 1 : line.value <= 7000;
                if (ok) {
                    targets.add(line);
                }
            }
        }
        if (!customer.reason.equals("下架") && targets.isEmpty()) {
            throw new GenerationException("G4: no line of the target SKU left for churn customer " + customer.j);
        }
        long delisted = plan.sku(plan.delisted).salePrice();
        Priced p = new Priced();
        for (int attempt = 0; attempt < 20_000 && !shells.isEmpty(); attempt++) {
            PackBasket shell = Draw.pick(plants, shells);
            long min;
            long max;
            if (high) {
                min = 5100;
                max = 7900;
            } else if (shell.band == Band.B0_10) {
                min = 200;
                max = 900;
            } else {
                min = 1100;
                max = 1500;
            }
            if (customer.reason.equals("下架")) {
                max = Math.min(max, Math.min(1500, shell.band.upper() - 100) - delisted);
            }
            List<PackLine> lines = new ArrayList<>();
            long value = 0;
            if (!targets.isEmpty()) {
                PackLine target = Draw.pick(plants, targets);
                lines.add(target);
                value = target.value;
            }
            long goal = min + plants.nextLong(Math.max(1, max - min + 1));
            Set<Integer> skus = new HashSet<>();
            for (int tries = 0; tries < 60 && value < goal && lines.size() < 6 && !quiet.isEmpty(); tries++) {
                PackLine candidate = Draw.pick(plants, quiet);
                if (candidate.value + value <= max + 200 && skus.add(candidate.sku)) {
                    lines.add(candidate);
                    value += candidate.value;
                }
            }
            if (lines.isEmpty()) {
                continue;
            }
            price(lines, shell, p);
            if (p.revenue < min || p.revenue > max || p.profit() < 1 || p.gross == 0) {
                continue;
            }
            boolean variantsOk = true;
            for (int i = 0; i < lines.size(); i++) {
                PackLine line = lines.get(i);
                if (line.modifying) {
                    for (LineVariant variant : line.variants) {
                        variantsOk &= variantViolation(shell, p, line, p.received[i], variant) == 0;
                    }
                }
            }
            if (!variantsOk) {
                continue;
            }
            shell.lines.addAll(lines);
            return shell;
        }
        throw new GenerationException("G4: could not build order " + (k + 1) + " of churn customer " + customer.j
                + " (" + customer.reason + ") inside its revenue range");
    }

    // ---------------------------------------------------------------------------------------------- G5

    private void chooseRemovable(int[] quota) {
        for (int i = 0; i < AOV_BANDS.length; i++) {
            Band band = AOV_BANDS[i];
            int q = quota[band.ordinal()];
            int remove = (int) Cents.halfUp((long) q * AOV_FRACTION_PERCENT[i], 100);
            // The band's change ratio must fall in its intended class: severe, moderate, mild.
            long ratioTimes100 = -100L * remove;
            boolean ok = switch (i) {
                case 0 -> ratioTimes100 < -30L * q;
                case 1 -> ratioTimes100 < -15L * q && ratioTimes100 >= -30L * q;
                default -> ratioTimes100 < 0 && ratioTimes100 >= -15L * q;
            };
            if (!ok) {
                throw new GenerationException("G5: removing " + remove + " of " + q + " baskets of band "
                        + band.label() + " does not give the intended severity");
            }
            List<PackBasket> candidates = new ArrayList<>();
            for (PackBasket b : baskets) {
                if (b.band == band && !b.pinned) {
                    candidates.add(b);
                }
            }
            for (int r = 0; r < remove; r++) {
                candidates.remove(plants.nextInt(candidates.size())).removable = true;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- packing

    private boolean canHold(PackBasket basket, PackLine line) {
        if (basket.pinned || basket.lines.size() >= MAX_LINES || basket.hasSku(line.sku)) {
            return false;
        }
        if (line.modifying && (basket.removable || basket.modifyingLine() != null)) {
            return false;
        }
        if (line.plantSku && basket.removable) {
            return false;
        }
        return !line.elemeOnly || basket.channel == Channel.ELEME;
    }

    private void pack(List<PackLine> pool) {
        long total = 0;
        for (PackLine line : pool) {
            total += line.value;
        }
        setTargets(total * 96 / 100);
        setLineCounts(pool.size());
        List<PackLine> lines = new ArrayList<>(pool);
        lines.sort(Comparator.comparing((PackLine l) -> !l.elemeOnly)
                .thenComparing(Comparator.comparingLong((PackLine l) -> l.value).reversed())
                .thenComparingInt(l -> l.order));
        for (PackLine line : lines) {
            PackBasket best = null;
            long bestNeed = Long.MIN_VALUE;
            boolean bestHasSlot = false;
            for (PackBasket basket : baskets) {
                if (!canHold(basket, line) || (basket.removable && retained[line.sku] == 0)) {
                    continue;
                }
                boolean slot = basket.lines.size() < basket.wantedLines;
                long need = basket.target - basket.approx;
                if ((slot && !bestHasSlot) || (slot == bestHasSlot && need > bestNeed)) {
                    bestNeed = need;
                    best = basket;
                    bestHasSlot = slot;
                }
            }
            if (best == null) {
                throw new GenerationException("could not place every line of the history template (no basket "
                        + "can take SKU " + line.item.name() + ")");
            }
            add(best, line);
        }
        localSearch();
    }

    private void add(PackBasket basket, PackLine line) {
        basket.lines.add(line);
        basket.approx += line.value * 96 / 100;
        if (!basket.removable) {
            retained[line.sku]++;
        }
    }

    private void remove(PackBasket basket, PackLine line) {
        basket.lines.remove(line);
        basket.approx -= line.value * 96 / 100;
        if (!basket.removable) {
            retained[line.sku]--;
        }
    }

    /**
     * Lines per basket from the shares of §5.3 (1: 28 %, 2: 26 %, 3: 18 %, 4: 12 %, 5: 8 %, 6: 4 %, 7: 2 %,
     * 8: 2 %), scaled to the number of lines to place, larger counts to larger revenue targets (with noise).
     */
    private void setLineCounts(int lineTotal) {
        List<PackBasket> free = new ArrayList<>();
        for (PackBasket b : baskets) {
            if (!b.pinned) {
                free.add(b);
            }
        }
        int[] counts = Draw.apportion(free.size(), new int[] {28, 26, 18, 12, 8, 4, 2, 2});
        List<Integer> wanted = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            for (int i = 0; i < counts[c]; i++) {
                wanted.add(c + 1);
            }
        }
        int sum = 0;
        for (int w : wanted) {
            sum += w;
        }
        // Adjust to the lines actually available: add to (or take from) random baskets.
        while (sum < lineTotal) {
            int i = random.nextInt(wanted.size());
            if (wanted.get(i) < MAX_LINES) {
                wanted.set(i, wanted.get(i) + 1);
                sum++;
            }
        }
        while (sum > lineTotal) {
            int i = random.nextInt(wanted.size());
            if (wanted.get(i) > 1) {
                wanted.set(i, wanted.get(i) - 1);
                sum--;
            }
        }
        wanted.sort(null);
        double[] keys = new double[free.size()];
        Integer[] order = new Integer[free.size()];
        for (int i = 0; i < free.size(); i++) {
            keys[i] = free.get(i).target * (0.6 + 0.8 * random.nextDouble());
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> keys[i]).thenComparingInt(i -> i));
        for (int r = 0; r < order.length; r++) {
            free.get(order[r]).wantedLines = wanted.get(r);
        }
    }

    /** Revenue targets inside each band, scaled so that they add up to the value of the lines. */
    private void setTargets(long total) {
        long pinnedValue = 0;
        List<PackBasket> free = new ArrayList<>();
        for (PackBasket b : baskets) {
            if (b.pinned) {
                continue;
            }
            free.add(b);
        }
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double f = (lo + hi) / 2;
            if (targetSum(free, f) < total - pinnedValue) {
                lo = f;
            } else {
                hi = f;
            }
        }
        double f = (lo + hi) / 2;
        long excess = Math.max(0, total - targetSum(free, 1.0));
        int top = 0;
        for (PackBasket b : free) {
            if (!b.band.bounded()) {
                top++;
            }
        }
        for (PackBasket b : free) {
            double noise = (random.nextDouble() - 0.5) * 0.5;
            double x = Math.min(0.98, Math.max(0.02, f + noise));
            b.target = targetAt(b.band, x);
            if (!b.band.bounded() && top > 0) {
                b.target += excess / top;
            }
        }
    }

    private static long targetSum(List<PackBasket> free, double f) {
        long sum = 0;
        for (PackBasket b : free) {
            sum += targetAt(b.band, f);
        }
        return sum;
    }

    private static long targetAt(Band band, double f) {
        long lo = band.lower() + 150;
        long hi = band.bounded() ? band.upper() - 150 : band.lower() + 15_000;
        return lo + (long) (f * (hi - lo));
    }

    private void localSearch() {
        List<PackBasket> free = new ArrayList<>();
        for (PackBasket b : baskets) {
            if (!b.pinned) {
                free.add(b);
                b.violation = violation(b);
            }
        }
        long budget = 4_000L * orders + 200_000;
        List<PackBasket> violating = new ArrayList<>();
        for (long iteration = 0; iteration < budget; iteration++) {
            if (iteration % 512 == 0 || violating.isEmpty()) {
                violating.clear();
                for (PackBasket b : free) {
                    if (b.violation > 0) {
                        violating.add(b);
                    }
                }
                if (violating.isEmpty()) {
                    return;
                }
            }
            PackBasket i = Draw.pick(random, violating);
            if (i.violation == 0) {
                violating.remove(i);
                continue;
            }
            improve(i, free);
        }
        long worst = 0;
        int count = 0;
        for (PackBasket b : free) {
            if (b.violation > 0) {
                count++;
                worst = Math.max(worst, b.violation);
            }
        }
        throw new GenerationException("could not build the history template: " + count
                + " baskets stay outside their 客单价 band or unprofitable (try another seed or ordersPerStoreDay)");
    }

    /** Tries moves and swaps between basket i and a few random partners; applies the best improvement. */
    private void improve(PackBasket i, List<PackBasket> free) {
        long bestDelta = 0;
        PackBasket bestPartner = null;
        PackLine bestFromI = null;
        PackLine bestFromJ = null;
        for (int t = 0; t < 6; t++) {
            PackBasket j = Draw.pick(random, free);
            if (j == i) {
                continue;
            }
            long before = i.violation + j.violation;
            // move a line of j into i
            for (int a = 0; a < j.lines.size(); a++) {
                PackLine line = j.lines.get(a);
                long delta = tryExchange(i, j, null, line, before);
                if (delta < bestDelta) {
                    bestDelta = delta;
                    bestPartner = j;
                    bestFromI = null;
                    bestFromJ = line;
                }
            }
            // move a line of i into j
            for (int a = 0; a < i.lines.size(); a++) {
                PackLine line = i.lines.get(a);
                long delta = tryExchange(i, j, line, null, before);
                if (delta < bestDelta) {
                    bestDelta = delta;
                    bestPartner = j;
                    bestFromI = line;
                    bestFromJ = null;
                }
            }
            // swaps
            for (int a = 0; a < i.lines.size(); a++) {
                for (int c = 0; c < j.lines.size(); c++) {
                    PackLine li = i.lines.get(a);
                    PackLine lj = j.lines.get(c);
                    long delta = tryExchange(i, j, li, lj, before);
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        bestPartner = j;
                        bestFromI = li;
                        bestFromJ = lj;
                    }
                }
            }
        }
        if (bestPartner != null) {
            apply(i, bestPartner, bestFromI, bestFromJ);
            i.violation = violation(i);
            bestPartner.violation = violation(bestPartner);
        }
    }

    /** Violation change of moving fromI to j and fromJ to i (either may be null); the baskets are restored. */
    private long tryExchange(PackBasket i, PackBasket j, PackLine fromI, PackLine fromJ, long before) {
        if (!legal(i, j, fromI, fromJ)) {
            return Long.MAX_VALUE;
        }
        apply(i, j, fromI, fromJ);
        long after = violation(i) + violation(j);
        apply(i, j, fromJ, fromI);
        return after - before;
    }

    private void apply(PackBasket i, PackBasket j, PackLine fromI, PackLine fromJ) {
        if (fromI != null) {
            remove(i, fromI);
        }
        if (fromJ != null) {
            remove(j, fromJ);
        }
        if (fromI != null) {
            add(j, fromI);
        }
        if (fromJ != null) {
            add(i, fromJ);
        }
    }

    private boolean legal(PackBasket i, PackBasket j, PackLine fromI, PackLine fromJ) {
        if (fromI == null && fromJ == null) {
            return false;
        }
        int sizeI = i.lines.size() - (fromI != null ? 1 : 0) + (fromJ != null ? 1 : 0);
        int sizeJ = j.lines.size() - (fromJ != null ? 1 : 0) + (fromI != null ? 1 : 0);
        if (sizeI < 1 || sizeJ < 1 || sizeI > MAX_LINES || sizeJ > MAX_LINES) {
            return false;
        }
        if (fromI != null && !fits(j, fromI, fromJ)) {
            return false;
        }
        if (fromJ != null && !fits(i, fromJ, fromI)) {
            return false;
        }
        // Every SKU keeps a line in a basket of the recent template (G5 removes only such baskets).
        if (fromI != null && i.removable != j.removable && !i.removable && fromI.sku != skuOf(fromJ)
                && retained[fromI.sku] < 2) {
            return false;
        }
        if (fromJ != null && i.removable != j.removable && !j.removable && fromJ.sku != skuOf(fromI)
                && retained[fromJ.sku] < 2) {
            return false;
        }
        return true;
    }

    private static int skuOf(PackLine line) {
        return line == null ? -1 : line.sku;
    }

    /** Can basket take line when leaving is removed from it at the same time? */
    private boolean fits(PackBasket basket, PackLine line, PackLine leaving) {
        if (basket.pinned) {
            return false;
        }
        for (PackLine other : basket.lines) {
            if (other != leaving && other.sku == line.sku) {
                return false;
            }
        }
        if (line.plantSku && basket.removable) {
            return false;
        }
        if (line.elemeOnly && basket.channel != Channel.ELEME) {
            return false;
        }
        if (line.modifying) {
            if (basket.removable) {
                return false;
            }
            for (PackLine other : basket.lines) {
                if (other != leaving && other.modifying) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------- result

    private Template finish(int[] historyQuota) {
        List<Basket> history = new ArrayList<>(orders);
        List<Basket> recent = new ArrayList<>(orders);
        int[] recentQuota = Arrays.copyOf(historyQuota, historyQuota.length);
        Priced p = new Priced();
        for (PackBasket b : baskets) {
            price(b.lines, b, p);
            boolean inBand = b.band.contains(p.revenue) && p.revenue >= b.band.lower() + 100
                    && (!b.band.bounded() || p.revenue <= b.band.upper() - 100);
            if (!inBand || p.profit() < 1) {
                throw new GenerationException("history template basket " + b.index + " is outside band "
                        + b.band.label());
            }
            List<BasketLine> lines = new ArrayList<>(b.lines.size());
            boolean modifying = false;
            long productDiscount = 0;
            for (int i = 0; i < b.lines.size(); i++) {
                PackLine line = b.lines.get(i);
                lines.add(new BasketLine(line.sku, line.qty, p.received[i], line.lineNo, line.belowCostTarget));
                modifying |= line.modifying;
                productDiscount += (line.item.originalPrice() - line.item.salePrice()) * line.qty;
            }
            BasketLine bag = null;
            if (b.bag) {
                bag = new BasketLine(p.bagPrice == 50 ? plan.largeBag : plan.smallBag, 1, p.bagPrice, -1, false);
            }
            Basket basket = new Basket(b.index, b.band, b.channel, b.rebate, b.removable,
                    !modifying && !b.pinned, b.churnCustomer, List.copyOf(lines), bag, p.fullReduction,
                    p.newCustomer, p.voucher, productDiscount, p.revenue);
            history.add(basket);
            if (b.removable) {
                recentQuota[b.band.ordinal()]--;
            } else {
                recent.add(basket);
            }
        }
        return new Template(List.copyOf(history), List.copyOf(recent), historyQuota, recentQuota);
    }
}
