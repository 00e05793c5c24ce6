package com.storeboard.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds the history template day of a store (DATA.md §5.3 baskets, §5.4 Q4–Q6) and the recent one.
 *
 * <p>Exactly b_s units of every SKU must end up in ordersPerStoreDay baskets whose revenues meet the 客单价 band
 * quotas at least 1.00 inside the band edges, so baskets are not drawn independently. In order:
 * <ol>
 * <li>the baskets get their band (quotas), channel (shares) and discount draws;</li>
 * <li>the baskets that G5 removes are built by construct-and-check from spare units of quiet SKUs;</li>
 * <li>the other units are split into lines (quantity shares of §5.3, merged to 2.76 lines per order); planted
 * SKUs have fixed layouts ({@link PlantSchedule});</li>
 * <li>the baskets of the G4 churn customers are built by construct-and-check;</li>
 * <li>a few wide-band "host" baskets keep room for added lines and profit for G2;</li>
 * <li>a worst-fit greedy places the lines towards per-basket revenue targets, then a local search (moves and
 * one-for-one/two exchanges of lines, trades of band and G5 role between baskets, annealing) runs until every
 * basket is inside its band, profitable before delivery (Q1) and stays so under every planted change of its lines.
 * A basket that cannot be satisfied gives up its discount draws (construct-and-check of §5.3).</li>
 * </ol>
 * Lines that a plant changes on some day are one per basket and never in a removed basket.
 */
final class TemplateBuilder {

    private static final int MAX_LINES = 8;
    /**
     * A catalogue whose popular SKUs are expensive can have more merchandise than the bounded bands hold; the few
     * 200+ baskets then take the rest, with more lines than the usual 8.
     */
    private static final int MAX_LINES_TOP_BAND = 40;
    private static final int[] LINE_QTY_PER_MILLE = {750, 170, 50, 15, 10, 5};
    private static final long MAX_LINE_VALUE = 15_000;
    private static final long BIG = 1_000_000;
    /** Room kept in host baskets: the largest added line (G10 on Y: 2 × 5.00) and a margin. */
    static final long HOST_ROOM = 1_200;
    private static final int HOSTS = 16;

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
    /** Units per SKU still to place in the kept baskets (b_s minus what the removed baskets took). */
    private int[] units;

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
        Band band;
        final Channel channel;
        boolean fullReductionDraw;
        boolean newCustomerDraw;
        boolean voucherDraw;
        final boolean rebate;
        final boolean bag;
        final ArrayList<PackLine> lines = new ArrayList<>();
        boolean removable;
        boolean pinned;
        /** Keeps room for a line added on some day (G4 delisted, G9, G10): no planted line changes it. */
        boolean host;
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
        units = plan.baseQty.clone();
        retained = new int[plan.skus.size()];
        chooseRemovable(bandQuota);
        buildRemovableBaskets();
        List<PackLine> pool = splitLines();
        buildChurnBaskets(pool);
        chooseHosts();
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
            int remaining = units[s];
            boolean first = true;
            int made = 0;
            while (remaining > 0) {
                int qty;
                // Single units where a plant needs them: the G4 其他 target, the G6 target line, and the first four
                // lines of a G3 SKU (for the orders of the 缺货 churn customers).
                if (role == PlantRole.CHURN_OTHER || (role == PlantRole.BELOW_COST && first)
                        || (role == PlantRole.STOCKOUT && made < 4)) {
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
                made++;
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
        int kept = 0;
        for (PackBasket b : baskets) {
            kept += b.removable ? 0 : 1;
        }
        int wanted = (int) Cents.halfUp(kept * 276L, 100);
        java.util.Map<Integer, List<PackLine>> bySku = new java.util.TreeMap<>();
        for (PackLine line : lines) {
            PlantRole role = plan.role(line.sku);
            boolean mergeable = (role == PlantRole.QUIET || role == PlantRole.BELOW_COST) && !line.belowCostTarget;
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
        }
        // Two packing lines of one SKU become one line with both quantities: fees and rebates per SKU.
        for (int i = 0; i < n; i++) {
            int sku = lines.get(i).sku;
            boolean seen = false;
            for (int k = 0; k < i && !seen; k++) {
                seen = lines.get(k).sku == sku;
            }
            if (seen) {
                continue;
            }
            long revenue = 0;
            for (int k = i; k < n; k++) {
                if (lines.get(k).sku == sku) {
                    revenue += p.received[k] * lines.get(k).qty;
                }
            }
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
        if (basket.host) {
            if (basket.band.bounded()) {
                v += Math.max(0, p.revenue - (basket.band.upper() - 100 - HOST_ROOM));
            }
            // G2 needs Σ利润额 − Σ平台服务费 ≥ 10.00.
            v += Math.max(0, 1_100 - (p.gross - p.fees));
        }
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
            int left = 0;
            for (PackLine line : pool) {
                if (line.sku == customer.targetSku) {
                    left++;
                }
            }
            throw new GenerationException("G4: no line of the target SKU left for churn customer " + customer.j
                    + " (" + left + " lines of " + plan.sku(customer.targetSku).name() + " b_s "
                    + plan.baseQty[customer.targetSku] + ")");
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
                // With the delisted line added the order stays in its band and at most 15.00.
                max = Math.min(max, Math.min(1500, shell.band.upper() - 1) - delisted);
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

    /**
     * The baskets that G5 removes are built first, by construct-and-check, from units of quiet SKUs that keep at
     * least one unit for the kept baskets: every SKU still sells in the recent template (Q5), and no plant SKU is in
     * a removed basket. These baskets are then fixed; the remaining units become the lines of the kept baskets.
     */
    private void buildRemovableBaskets() {
        // Every SKU keeps a unit in the recent template (Q5), and the 15 best-selling quiet SKUs keep 3 (Q8 needs
        // ten quiet SKUs selling at least 3 on Y).
        int[] keep = new int[units.length];
        List<Integer> quiet = new ArrayList<>();
        for (int s = 0; s < plan.skus.size(); s++) {
            keep[s] = 1;
            if (plan.role(s) == PlantRole.QUIET) {
                quiet.add(s);
            }
        }
        quiet.sort(Comparator.comparingInt((Integer s) -> -units[s]).thenComparingInt(s -> s));
        for (int i = 0; i < Math.min(15, quiet.size()); i++) {
            keep[quiet.get(i)] = Math.min(units[quiet.get(i)], 3);
        }
        List<Integer> skus = new ArrayList<>();
        for (int s : quiet) {
            if (units[s] > keep[s]) {
                skus.add(s);
            }
        }
        skus.sort(null);
        Priced p = new Priced();
        int order = 1_000_000;
        for (PackBasket basket : baskets) {
            if (!basket.removable) {
                continue;
            }
            long min = basket.band.lower() + 100;
            long max = basket.band.upper() - 100;
            boolean built = false;
            for (int attempt = 0; attempt < 6_000 && !built; attempt++) {
                if (attempt == 3_000) {
                    dropDiscounts(basket);
                }
                List<PackLine> lines = new ArrayList<>();
                long value = 0;
                // The discounts take up to 18.00 off the 售价 total: aim at the band on the discounted revenue.
                long discount = (basket.fullReductionDraw ? 600 : 0) + (basket.newCustomerDraw ? 300 : 0)
                        + (basket.voucherDraw ? 500 : 0);
                long goal = min + random.nextLong(max - min + 1) + discount;
                for (int tries = 0; tries < 40 && value < goal && lines.size() < MAX_LINES; tries++) {
                    int s = skus.get(random.nextInt(skus.size()));
                    Sku item = plan.sku(s);
                    int qty = 1 + Draw.categorical(random, LINE_QTY_PER_MILLE);
                    qty = Math.min(qty, units[s] - keep[s]);
                    if (qty < 1 || value + item.salePrice() * qty > max + discount + 300 || countSku(lines, s) > 0) {
                        continue;
                    }
                    lines.add(new PackLine(s, item, qty, -1, false, false, false, false, false, false, List.of(),
                            order++));
                    value += item.salePrice() * qty;
                }
                if (lines.isEmpty()) {
                    continue;
                }
                price(lines, basket, p);
                if (p.revenue >= min && p.revenue <= max && p.profit() >= 1 && p.gross != 0) {
                    for (PackLine line : lines) {
                        units[line.sku] -= line.qty;
                        basket.lines.add(line);
                    }
                    basket.pinned = true;
                    built = true;
                }
            }
            if (!built) {
                long spare = 0;
                for (int s : skus) {
                    spare += (units[s] - keep[s]) * plan.sku(s).salePrice();
                }
                throw new GenerationException("G5: could not build a removed basket of band " + basket.band.label()
                        + " from SKUs that also sell in the kept baskets (" + skus.size() + " SKUs with "
                        + Cents.format(spare) + " of spare units left): most SKUs sell one unit a day, raise "
                        + "ordersPerStoreDay or lower skusPerStore");
            }
            skus.removeIf(s -> units[s] <= keep[s]);
        }
    }

    /**
     * Construct-and-check may give up a basket's 新客减免 and 商家代金券 draws (and then its 满减) when no content
     * fits the band with a profit: the discount shares of §5.3 are then met approximately.
     */
    private static void dropDiscounts(PackBasket basket) {
        if (basket.newCustomerDraw || basket.voucherDraw) {
            basket.newCustomerDraw = false;
            basket.voucherDraw = false;
        } else {
            basket.fullReductionDraw = false;
        }
    }

    private static int countSku(List<PackLine> lines, int sku) {
        int n = 0;
        for (PackLine line : lines) {
            if (line.sku == sku) {
                n++;
            }
        }
        return n;
    }

    private void chooseHosts() {
        List<PackBasket> candidates = new ArrayList<>();
        for (PackBasket b : baskets) {
            boolean wide = b.band == Band.B50_100 || b.band == Band.B100_200 || b.band == Band.B200;
            if (wide && !b.pinned && !b.removable) {
                candidates.add(b);
            }
        }
        // G2 takes 4 a day and G10 adds 3 lines on Y: 8 hosts at least, more for larger templates.
        int hosts = Math.min(Math.max(8, Math.min(HOSTS, orders / 20)), candidates.size() / 2);
        for (int i = 0; i < hosts; i++) {
            candidates.remove(random.nextInt(candidates.size())).host = true;
        }
    }

    // ---------------------------------------------------------------------------------------------- packing

    private boolean canHold(PackBasket basket, PackLine line) {
        if (basket.pinned || basket.lines.size() >= maxLines(basket) || basket.hasSku(line.sku)) {
            return false;
        }
        if (line.modifying && (basket.removable || basket.host || basket.modifyingLine() != null)) {
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
            int bestRank = -1;
            for (PackBasket basket : baskets) {
                if (!canHold(basket, line) || (basket.removable && retained[line.sku] == 0)) {
                    continue;
                }
                boolean slot = basket.lines.size() < basket.wantedLines;
                long approxAfter = basket.approx + line.value * 96 / 100;
                boolean fits = !basket.band.bounded() || approxAfter <= basket.band.upper() - 100
                        - (basket.host ? HOST_ROOM : 0);
                if (basket.removable && !fits) {
                    continue;
                }
                int rank = (fits ? 2 : 0) + (slot ? 1 : 0);
                long need = basket.target - basket.approx;
                if (rank > bestRank || (rank == bestRank && need > bestNeed)) {
                    bestNeed = need;
                    best = basket;
                    bestRank = rank;
                }
            }
            if (bestRank < 2 && mergeIntoFittingLine(line)) {
                continue;
            }
            if (best == null) {
                throw new GenerationException("could not place every line of the history template (no basket "
                        + "can take SKU " + line.item.name() + ")");
            }
            add(best, line);
        }
        localSearch();
    }

    /**
     * When a line fits no basket (typically one more unit of an expensive best seller whose other lines already
     * fill the large baskets), it joins a line of the same SKU in a basket that still has room: one line with one
     * more unit instead of two lines.
     */
    private boolean mergeIntoFittingLine(PackLine line) {
        if (line.modifying || line.noAllocation || line.lineNo >= 0) {
            return false;
        }
        for (PackBasket basket : baskets) {
            if (basket.pinned || basket.removable) {
                continue;
            }
            for (PackLine other : basket.lines) {
                if (other.sku != line.sku || other.modifying || other.qty + line.qty > 12) {
                    continue;
                }
                long approxAfter = basket.approx + line.value * 96 / 100;
                boolean fits = !basket.band.bounded() || approxAfter <= basket.band.upper() - 100
                        - (basket.host ? HOST_ROOM : 0);
                if (fits) {
                    PackLine merged = new PackLine(other.sku, other.item, other.qty + line.qty, -1,
                            other.belowCostTarget, false, false, false, false, other.plantSku, List.of(),
                            other.order);
                    remove(basket, other);
                    add(basket, merged);
                    return true;
                }
            }
        }
        return false;
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
            if (b.host && b.band.bounded()) {
                b.target = Math.min(b.target, b.band.upper() - 150 - HOST_ROOM);
            }
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
        long budget = 3_000L * orders + 200_000;
        List<PackBasket> violating = new ArrayList<>();
        for (int phase = 0; phase < 3; phase++) {
            if (search(free, violating, budget)) {
                return;
            }
            // Baskets still out of their band or unprofitable give up discount draws, then the search goes on.
            for (PackBasket b : free) {
                if (b.violation > 0) {
                    dropDiscounts(b);
                    b.violation = violation(b);
                }
            }
            budget /= 2;
        }
        failPacking(free);
    }

    private boolean search(List<PackBasket> free, List<PackBasket> violating, long budget) {
        violating.clear();
        for (long iteration = 0; iteration < budget; iteration++) {
            if (iteration % 256 == 0 || violating.isEmpty()) {
                violating.clear();
                for (PackBasket b : free) {
                    if (b.violation > 0) {
                        violating.add(b);
                    }
                }
                if (violating.isEmpty()) {
                    return true;
                }
            }
            PackBasket i = Draw.pick(random, violating);
            if (i.violation == 0) {
                violating.remove(i);
                continue;
            }
            // Annealing: worsening exchanges are accepted now and then, less and less often.
            double temperature = 1 + 300.0 * (1.0 - (double) iteration / budget);
            improve(i, free, temperature);
        }
        for (PackBasket b : free) {
            if (b.violation > 0) {
                return false;
            }
        }
        return true;
    }

    private void failPacking(List<PackBasket> free) {
        int count = 0;
        Map<String, Integer> byBand = new java.util.TreeMap<>();
        for (PackBasket b : free) {
            if (b.violation > 0) {
                count++;
                Priced p = price(b);
                String why = bandViolation(p.revenue, b.band, 100) > 0 ? "band " + b.band.label() : "profit";
                byBand.merge(why, 1, Integer::sum);
            }
        }
        throw new GenerationException("could not build the history template of " + plan.identity.name() + ": "
                + count + " baskets stay outside their 客单价 band or unprofitable " + byBand
                + " (try another seed)");
    }

    /** The best exchange found so far. */
    private final class Best {
        long delta = Long.MAX_VALUE;
        PackBasket partner;
        PackLine[] fromI = NONE;
        PackLine[] fromJ = NONE;
        boolean bands;

        void offer(long d, PackBasket j, PackLine[] a, PackLine[] b, boolean swapBands) {
            if (d < delta) {
                delta = d;
                partner = j;
                fromI = a;
                fromJ = b;
                bands = swapBands;
            }
        }
    }

    private static final PackLine[] NONE = new PackLine[0];

    /**
     * Tries, with a few random partner baskets j: moving one line either way, swapping one line for one or two, and
     * swapping the two baskets' bands (the quotas stay the same). Applies the best exchange if it improves, or with
     * the annealing probability if it does not.
     */
    private void improve(PackBasket i, List<PackBasket> free, double temperature) {
        Best best = new Best();
        for (int t = 0; t < 6; t++) {
            PackBasket j = Draw.pick(random, free);
            if (j == i) {
                continue;
            }
            long before = i.violation + j.violation;
            List<PackLine> li = new ArrayList<>(i.lines);
            List<PackLine> lj = new ArrayList<>(j.lines);
            for (PackLine b : lj) {
                best.offer(tryExchange(i, j, NONE, new PackLine[] {b}, before), j, NONE, new PackLine[] {b}, false);
            }
            for (PackLine a : li) {
                best.offer(tryExchange(i, j, new PackLine[] {a}, NONE, before), j, new PackLine[] {a}, NONE, false);
                for (int c = 0; c < lj.size(); c++) {
                    PackLine[] one = {lj.get(c)};
                    best.offer(tryExchange(i, j, new PackLine[] {a}, one, before), j, new PackLine[] {a}, one, false);
                    for (int d = c + 1; d < lj.size(); d++) {
                        PackLine[] two = {lj.get(c), lj.get(d)};
                        best.offer(tryExchange(i, j, new PackLine[] {a}, two, before), j, new PackLine[] {a}, two,
                                false);
                    }
                }
            }
            for (int a = 0; a < li.size(); a++) {
                for (int b = a + 1; b < li.size(); b++) {
                    PackLine[] two = {li.get(a), li.get(b)};
                    for (PackLine c : lj) {
                        PackLine[] one = {c};
                        best.offer(tryExchange(i, j, two, one, before), j, two, one, false);
                    }
                }
            }
            if (canSwapRoles(i, j)) {
                swapRoles(i, j);
                long after = violation(i) + violation(j);
                swapRoles(i, j);
                best.offer(after - before, j, NONE, NONE, true);
            }
        }
        if (best.partner == null || best.delta == Long.MAX_VALUE) {
            return;
        }
        boolean accept = best.delta < 0
                || random.nextDouble() < StrictMath.exp(-Math.max(1, best.delta) / temperature);
        if (!accept) {
            return;
        }
        if (best.bands) {
            swapRoles(i, best.partner);
        } else {
            exchange(i, best.partner, best.fromI, best.fromJ);
        }
        i.violation = violation(i);
        best.partner.violation = violation(best.partner);
    }

    private static int maxLines(PackBasket basket) {
        return basket.band.bounded() ? MAX_LINES : MAX_LINES_TOP_BAND;
    }

    /**
     * Two baskets may trade their band and their G5 removal: the quotas of the history and the recent template stay
     * the same. A basket that becomes removable must hold no plant SKU and only SKUs sold in other kept baskets.
     */
    private boolean canSwapRoles(PackBasket i, PackBasket j) {
        if ((i.band == j.band && i.removable == j.removable) || i.host || j.host
                || i.lines.size() > MAX_LINES || j.lines.size() > MAX_LINES) {
            return false;
        }
        if (i.removable == j.removable) {
            return true;
        }
        PackBasket becoming = i.removable ? j : i;
        PackBasket leaving = i.removable ? i : j;
        for (PackLine line : becoming.lines) {
            if (line.plantSku) {
                return false;
            }
            int kept = retained[line.sku] - 1;
            for (PackLine back : leaving.lines) {
                if (back.sku == line.sku) {
                    kept++;
                }
            }
            if (kept < 1) {
                return false;
            }
        }
        return true;
    }

    private void swapRoles(PackBasket i, PackBasket j) {
        Band band = i.band;
        i.band = j.band;
        j.band = band;
        if (i.removable != j.removable) {
            for (PackLine line : i.lines) {
                retained[line.sku] += i.removable ? 1 : -1;
            }
            for (PackLine line : j.lines) {
                retained[line.sku] += j.removable ? 1 : -1;
            }
            boolean removable = i.removable;
            i.removable = j.removable;
            j.removable = removable;
        }
    }

    /** Violation change of moving fromI to j and fromJ to i; the baskets are restored. */
    private long tryExchange(PackBasket i, PackBasket j, PackLine[] fromI, PackLine[] fromJ, long before) {
        if (!legal(i, j, fromI, fromJ)) {
            return Long.MAX_VALUE;
        }
        exchange(i, j, fromI, fromJ);
        long after = violation(i) + violation(j);
        exchange(i, j, fromJ, fromI);
        return after - before;
    }

    private void exchange(PackBasket i, PackBasket j, PackLine[] fromI, PackLine[] fromJ) {
        for (PackLine line : fromI) {
            remove(i, line);
        }
        for (PackLine line : fromJ) {
            remove(j, line);
        }
        for (PackLine line : fromI) {
            add(j, line);
        }
        for (PackLine line : fromJ) {
            add(i, line);
        }
    }

    private boolean legal(PackBasket i, PackBasket j, PackLine[] fromI, PackLine[] fromJ) {
        if (fromI.length == 0 && fromJ.length == 0) {
            return false;
        }
        int sizeI = i.lines.size() - fromI.length + fromJ.length;
        int sizeJ = j.lines.size() - fromJ.length + fromI.length;
        if (sizeI < 1 || sizeJ < 1 || sizeI > maxLines(i) || sizeJ > maxLines(j)) {
            return false;
        }
        if (!accepts(j, fromI, fromJ) || !accepts(i, fromJ, fromI)) {
            return false;
        }
        // Every SKU keeps a line in a basket of the recent template (G5 removes only such baskets).
        if (i.removable != j.removable) {
            for (PackLine line : i.removable ? fromJ : fromI) {
                int kept = retained[line.sku] - 1;
                for (PackLine back : i.removable ? fromI : fromJ) {
                    if (back.sku == line.sku) {
                        kept++;
                    }
                }
                if (kept < 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Can basket take the incoming lines while the leaving ones go? */
    private static boolean accepts(PackBasket basket, PackLine[] incoming, PackLine[] leaving) {
        if (basket.pinned) {
            return incoming.length == 0;
        }
        int modifying = 0;
        for (PackLine other : basket.lines) {
            if (other.modifying && !contains(leaving, other)) {
                modifying++;
            }
        }
        for (int k = 0; k < incoming.length; k++) {
            PackLine line = incoming[k];
            for (PackLine other : basket.lines) {
                if (other.sku == line.sku && !contains(leaving, other)
                        && !(mergeable(line) && mergeable(other) && other.qty + line.qty <= 12)) {
                    return false;
                }
            }
            for (int m = 0; m < k; m++) {
                if (incoming[m].sku == line.sku) {
                    return false;
                }
            }
            if (line.plantSku && basket.removable) {
                return false;
            }
            // A removable basket cannot trade its band away for a line that alone leaves the band.
            if (basket.removable && line.value > basket.band.upper() - 100) {
                return false;
            }
            if (line.elemeOnly && basket.channel != Channel.ELEME) {
                return false;
            }
            if (line.modifying) {
                if (basket.removable || basket.host) {
                    return false;
                }
                modifying++;
            }
        }
        return modifying <= 1;
    }

    /** Lines of a quiet SKU may share a basket; they are written as one line. */
    private static boolean mergeable(PackLine line) {
        return !line.plantSku && !line.modifying && line.lineNo < 0;
    }

    private static boolean contains(PackLine[] lines, PackLine line) {
        for (PackLine l : lines) {
            if (l == line) {
                return true;
            }
        }
        return false;
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
            for (int i = 0; i < b.lines.size(); i++) {
                PackLine line = b.lines.get(i);
                int merged = -1;
                for (int k = 0; k < lines.size(); k++) {
                    if (lines.get(k).sku() == line.sku) {
                        merged = k;
                    }
                }
                if (merged >= 0) {
                    BasketLine first = lines.get(merged);
                    lines.set(merged, new BasketLine(first.sku(), first.qty() + line.qty, first.receivedPrice(), -1,
                            false));
                } else {
                    lines.add(new BasketLine(line.sku, line.qty, p.received[i], line.lineNo, line.belowCostTarget));
                }
            }
            BasketLine bag = null;
            if (b.bag) {
                bag = new BasketLine(p.bagPrice == 50 ? plan.largeBag : plan.smallBag, 1, p.bagPrice, -1, false);
            }
            Basket basket = new Basket(b.index, b.band, b.channel, b.rebate, b.removable, b.host, b.churnCustomer,
                    List.copyOf(lines), bag, p.fullReduction, p.newCustomer, p.voucher, p.revenue);
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
