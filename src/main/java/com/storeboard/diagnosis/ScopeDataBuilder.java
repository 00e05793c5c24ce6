package com.storeboard.diagnosis;

import com.storeboard.orders.Digests;
import com.storeboard.orders.LineColumns;
import com.storeboard.orders.OrderLine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the order lines of a scope into {@link ScopeData}. Lines must arrive grouped by order (every line of
 * an order right after the previous one) and, within an order, by (productKey, lineOrdinal): the order of the
 * table's primary key, in which a database returns them at no cost.
 */
public final class ScopeDataBuilder {


    private final Set<String> feeChannels;
    private final Set<String> consumableCategories;
    private final int horizonDays;

    // dictionaries
    private final Map<String, Integer> storeIds = new HashMap<>();
    private final Map<String, Integer> channelIds = new HashMap<>();
    private final Map<String, Integer> attributeIds = new HashMap<>();
    private String[][] attributes = new String[64][];
    private int attributeCount;
    private final List<Map<String, Integer>> productIds = new java.util.ArrayList<>();
    private final TextColumn addressKeys = new TextColumn(1024);
    /** Open-addressing index of addressKeys: slot → key id + 1 (0 = empty); a HashMap would cost 80 bytes a key. */
    private int[] keySlots = new int[2048];
    private int[] keyHashes = new int[1024];

    // products
    private int productCount;
    private int[] productStore = new int[256];
    private String[] productKey = new String[256];
    private int[] productLastAttributes = new int[256];

    // orders
    private int orderCount;
    private int[] orderStore;
    private TextColumn orderId;
    private TextColumn orderNumber;
    private long[] orderTime;
    private long[] orderEpochDay;
    private int[] orderChannel;
    private TextColumn address;
    private int[] addressKey;
    private int[] distanceM;
    private LongColumn deliveryFee;
    private LongColumn userPaidDeliveryFee;
    private LongColumn deliveryFeeDiscount;
    private LongColumn activityCost;
    private LongColumn revenue;
    private LongColumn lineCostTotal;
    private LongColumn grossProfitTotal;
    private LongColumn serviceFeeTotal;
    private boolean[] serviceFeeKnown;
    private LongColumn rebateTotal;
    private int[] quantityTotal;
    private int[] lineStart;

    // lines
    private int lineCount;
    private int[] lineOrder;
    private int[] lineProduct;
    private int[] lineQty;
    private int[] lineAttributes;
    private LongColumn salePrice;
    private LongColumn originalPrice;
    private LongColumn receivedPrice;
    private LongColumn lineCost;
    private LongColumn grossProfit;
    private LongColumn stock;

    private final LineColumns reusable = new LineColumns();
    private boolean built;
    private String currentStore;
    private String currentOrderId;
    private long currentEpochDay = Long.MIN_VALUE;

    /**
     * @param expectedLines  how many lines will come (a hint that saves copying; 0 if unknown)
     * @param expectedOrders how many orders (a hint; 0 if unknown)
     */
    public ScopeDataBuilder(Set<String> feeChannels, Set<String> consumableCategories, int horizonDays, int expectedLines,
            int expectedOrders) {
        this.feeChannels = Set.copyOf(feeChannels);
        this.consumableCategories = Set.copyOf(consumableCategories);
        this.horizonDays = horizonDays;
        allocateOrders(Math.max(16, expectedOrders + 1));
        allocateLines(Math.max(16, expectedLines));
    }

    /** Adds a stored line (for tests and small inputs; the database path fills a {@link LineColumns}). */
    public ScopeDataBuilder add(OrderLine line) {
        return add(reusable.of(line));
    }

    /** Adds the lines of a scope in any order (sorted here into the order the builder needs). */
    public ScopeDataBuilder addAll(List<OrderLine> lines) {
        List<OrderLine> sorted = new java.util.ArrayList<>(lines);
        sorted.sort(java.util.Comparator.comparing(OrderLine::storeName, Digests.CODE_POINT_ORDER)
                .thenComparing(OrderLine::orderDate)
                .thenComparing(OrderLine::orderId, Digests.CODE_POINT_ORDER)
                .thenComparing(OrderLine::productKey, Digests.CODE_POINT_ORDER)
                .thenComparingInt(OrderLine::lineOrdinal));
        sorted.forEach(this::add);
        return this;
    }

    public ScopeDataBuilder add(LineColumns in) {
        if (built) {
            throw new IllegalStateException("the scope is built already");
        }
        long epochDay = in.orderTime.toLocalDate().toEpochDay();
        boolean newOrder = !in.orderId.equals(currentOrderId) || !in.storeName.equals(currentStore) || epochDay != currentEpochDay;
        if (newOrder) {
            startOrder(in, epochDay);
        }
        int o = orderCount - 1;
        long time = in.orderTime.toEpochSecond(ZoneOffset.UTC);
        if (time < orderTime[o]) {
            // the order's first line in canonical order carries the order-level values (DATA.md §2.2, §1.6)
            takeOrderValues(o, in, time);
        }
        if (lineCount == lineOrder.length) {
            growLines();
        }
        int l = lineCount++;
        int product = product(orderStore[o], in.productKey);
        lineOrder[l] = o;
        lineProduct[l] = product;
        lineQty[l] = in.quantity;
        lineAttributes[l] = attributes(product, in);
        salePrice.set(l, in.salePrice);
        originalPrice.set(l, in.originalPrice);
        receivedPrice.set(l, in.receivedPrice);
        lineCost.set(l, in.lineCost);
        grossProfit.set(l, in.grossProfit);
        stock.set(l, in.stock);
        revenue.add(o, Money.times(in.receivedPrice, in.quantity));
        lineCostTotal.add(o, in.lineCost);
        grossProfitTotal.add(o, in.grossProfit);
        if (in.platformServiceFee != Money.NULL) {
            serviceFeeKnown[o] = true;
            serviceFeeTotal.add(o, in.platformServiceFee);
        }
        rebateTotal.add(o, in.corporateRebate);
        quantityTotal[o] += in.quantity;
        lineStart[o + 1] = lineCount;
        return this;
    }

    private void startOrder(LineColumns in, long epochDay) {
        if (orderCount + 1 >= lineStart.length) {
            growOrders();
        }
        int o = orderCount++;
        currentStore = in.storeName;
        currentOrderId = in.orderId;
        currentEpochDay = epochDay;
        orderStore[o] = storeIds.computeIfAbsent(in.storeName, s -> storeIds.size());
        orderId.add(in.orderId);
        orderNumber.add((String) null);
        address.add((String) null);
        orderEpochDay[o] = epochDay;
        orderTime[o] = Long.MAX_VALUE;
        lineStart[o] = lineCount;
        lineStart[o + 1] = lineCount;
    }

    private void takeOrderValues(int o, LineColumns in, long time) {
        orderTime[o] = time;
        orderNumber.set(o, in.orderNumber);
        orderChannel[o] = channelIds.computeIfAbsent(in.channel, c -> channelIds.size());
        address.set(o, in.address);
        String key = addressKey(in.address);
        addressKey[o] = key == null ? -1 : addressKeyId(key);
        distanceM[o] = in.distanceM;
        deliveryFee.set(o, in.deliveryFee);
        userPaidDeliveryFee.set(o, in.userPaidDeliveryFee);
        deliveryFeeDiscount.set(o, in.deliveryFeeDiscount);
        activityCost.set(o, in.activityCost);
    }

    private int addressKeyId(String key) {
        byte[] bytes = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int hash = Arrays.hashCode(bytes) * 0x9E3779B9;
        int mask = keySlots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = keySlots[slot];
            if (entry == 0) {
                int id = addressKeys.add(bytes);
                if (id == keyHashes.length) {
                    keyHashes = Arrays.copyOf(keyHashes, id + (id >> 1) + 16);
                }
                keyHashes[id] = hash;
                keySlots[slot] = id + 1;
                if (addressKeys.size() * 2 > keySlots.length) {
                    rehashKeys();
                }
                return id;
            }
            if (keyHashes[entry - 1] == hash && addressKeys.equalsBytes(entry - 1, bytes)) {
                return entry - 1;
            }
        }
    }

    private void rehashKeys() {
        int[] slots = new int[keySlots.length * 2];
        int mask = slots.length - 1;
        for (int id = 0; id < addressKeys.size(); id++) {
            int slot = keyHashes[id] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
        keySlots = slots;
    }

    /**
     * DATA.md §1.5: no whitespace, 单元 and 栋 written as "-". One pass over the chars (it runs once per order): a
     * removed space may join 单 and 元, and replacing 单元 before 栋 is the same as doing both as they come.
     */
    static String addressKey(String address) {
        if (address == null) {
            return null;
        }
        char[] out = new char[address.length()];
        int n = 0;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                continue;
            }
            if (c == '元' && n > 0 && out[n - 1] == '单') {
                out[n - 1] = '-';
            } else {
                out[n++] = c == '栋' ? '-' : c;
            }
        }
        return n == 0 ? null : new String(out, 0, n);
    }

    private int product(int store, String key) {
        while (productIds.size() <= store) {
            productIds.add(new HashMap<>());
        }
        return productIds.get(store).computeIfAbsent(key, k -> {
            if (productCount == productKey.length) {
                productStore = Arrays.copyOf(productStore, productCount * 2);
                productKey = Arrays.copyOf(productKey, productCount * 2);
                productLastAttributes = Arrays.copyOf(productLastAttributes, productCount * 2);
            }
            productStore[productCount] = store;
            productKey[productCount] = k;
            productLastAttributes[productCount] = -1;
            return productCount++;
        });
    }

    /** The line's display attributes as one dictionary entry; consecutive lines of a product usually share it. */
    private int attributes(int product, LineColumns in) {
        int last = productLastAttributes[product];
        if (last >= 0) {
            String[] a = attributes[last];
            if (java.util.Objects.equals(a[0], in.productName) && java.util.Objects.equals(a[1], in.storeCode)
                    && java.util.Objects.equals(a[2], in.barcode) && java.util.Objects.equals(a[3], in.categoryL1)
                    && java.util.Objects.equals(a[4], in.categoryL3)) {
                return last;
            }
        }
        String key = in.productName + '\u001F' + in.storeCode + '\u001F' + in.barcode + '\u001F' + in.categoryL1 + '\u001F'
                + in.categoryL3;
        int id = attributeIds.computeIfAbsent(key, k -> {
            if (attributeCount == attributes.length) {
                attributes = Arrays.copyOf(attributes, attributeCount * 2);
            }
            attributes[attributeCount] = new String[] {in.productName, in.storeCode, in.barcode, in.categoryL1, in.categoryL3};
            return attributeCount++;
        });
        productLastAttributes[product] = id;
        return id;
    }

    /**
     * Finishes the scope: order validity (DATA.md §3.10), the reference date Y, the horizon [Y − H + 1, Y] (orders
     * outside it are dropped), canonical ranks and each product's latest line.
     *
     * @param earliestStoredDate the earliest date with stored data of the scope's stores (may be before the
     *                           horizon; null to use the earliest line given)
     */
    public ScopeData build(LocalDate earliestStoredDate) {
        if (built) {
            throw new IllegalStateException("a builder builds once: it hands its arrays to the scope it builds");
        }
        built = true;
        boolean[] valid = new boolean[orderCount];
        boolean[] feeChannel = new boolean[channelIds.size()];
        channelIds.forEach((name, id) -> feeChannel[id] = feeChannels.contains(name));
        long latestValid = Long.MIN_VALUE;
        long earliest = Long.MAX_VALUE;
        for (int o = 0; o < orderCount; o++) {
            boolean invalid = feeChannel[orderChannel[o]] && serviceFeeKnown[o] && serviceFeeTotal.get(o) <= 0;
            valid[o] = !invalid;
            if (valid[o]) {
                latestValid = Math.max(latestValid, orderEpochDay[o]);
            }
            earliest = Math.min(earliest, orderEpochDay[o]);
        }
        LocalDate y = latestValid == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(latestValid);
        LocalDate base = y == null ? (orderCount == 0 ? LocalDate.EPOCH : LocalDate.ofEpochDay(earliest))
                : y.minusDays(horizonDays - 1L);
        LocalDate stored = earliestStoredDate != null ? earliestStoredDate
                : (orderCount == 0 ? base : LocalDate.ofEpochDay(earliest));
        return new ScopeData(finish(valid, y, base, stored));
    }

    /** The arrays of the finished scope, trimmed to the orders in the horizon. */
    static final class Built {
        String[] stores;
        String[] channels;
        String[][] attributes;
        int productCount;
        int[] productStore;
        String[] productKey;
        int[] productLatestLine;
        boolean[] consumable;
        int orderCount;
        int[] orderStore;
        TextColumn orderId;
        TextColumn orderNumber;
        long[] orderTime;
        long[] orderTimeEpochDays;
        int[] orderDay;
        int[] orderChannel;
        TextColumn address;
        int[] addressKey;
        TextColumn addressKeys;
        int[] distanceM;
        LongColumn deliveryFee;
        LongColumn userPaidDeliveryFee;
        LongColumn deliveryFeeDiscount;
        LongColumn activityCost;
        LongColumn revenue;
        LongColumn lineCostTotal;
        LongColumn grossProfitTotal;
        LongColumn serviceFeeTotal;
        boolean[] serviceFeeKnown;
        LongColumn rebateTotal;
        int[] quantityTotal;
        boolean[] valid;
        int[] lineStart;
        int[] orderRank;
        int lineCount;
        int[] lineOrder;
        int[] lineProduct;
        int[] lineQty;
        int[] lineAttributes;
        LongColumn salePrice;
        LongColumn originalPrice;
        LongColumn receivedPrice;
        LongColumn lineCost;
        LongColumn grossProfit;
        LongColumn stock;
        LocalDate baseDate;
        LocalDate referenceDate;
        LocalDate earliestStoredDate;
    }

    private Built finish(boolean[] validAll, LocalDate y, LocalDate base, LocalDate earliestStored) {
        long from = base.toEpochDay();
        long to = y == null ? Long.MAX_VALUE : y.toEpochDay();
        // keep the orders inside the horizon, in the order they came
        int kept = 0;
        int keptLines = 0;
        for (int o = 0; o < orderCount; o++) {
            if (orderEpochDay[o] >= from && orderEpochDay[o] <= to) {
                kept++;
                keptLines += lineStart[o + 1] - lineStart[o];
            }
        }
        Built b = new Built();
        // stores sorted by code point: a store index then compares like the store's name
        String[] byTemp = new String[storeIds.size()];
        storeIds.forEach((name, id) -> byTemp[id] = name);
        String[] sortedStores = byTemp.clone();
        Arrays.sort(sortedStores, Digests.CODE_POINT_ORDER);
        int[] storeMap = new int[byTemp.length];
        for (int i = 0; i < byTemp.length; i++) {
            storeMap[i] = Arrays.binarySearch(sortedStores, byTemp[i], Digests.CODE_POINT_ORDER);
        }
        b.stores = sortedStores;
        String[] channelNames = new String[channelIds.size()];
        channelIds.forEach((name, id) -> channelNames[id] = name);
        b.channels = channelNames;
        b.attributes = Arrays.copyOf(attributes, attributeCount);
        addressKeys.trim();
        b.addressKeys = addressKeys;

        boolean trim = kept != orderCount;
        b.orderCount = kept;
        b.lineCount = keptLines;
        int[] orderMap = new int[orderCount];
        if (trim) {
            allocate(b, kept, keptLines);
            int no = 0;
            int nl = 0;
            for (int o = 0; o < orderCount; o++) {
                if (orderEpochDay[o] < from || orderEpochDay[o] > to) {
                    orderMap[o] = -1;
                    continue;
                }
                orderMap[o] = no;
                copyOrder(b, o, no, validAll);
                b.lineStart[no] = nl;
                for (int l = lineStart[o]; l < lineStart[o + 1]; l++) {
                    copyLine(b, l, nl++, no);
                }
                no++;
            }
            b.lineStart[kept] = nl;
        } else {
            adopt(b, validAll);
        }
        for (int o = 0; o < b.orderCount; o++) {
            b.orderStore[o] = storeMap[b.orderStore[o]];
        }
        b.orderDay = new int[b.orderCount];
        long[] epochDays = trim ? b.orderTimeEpochDays : orderEpochDay;
        for (int o = 0; o < b.orderCount; o++) {
            b.orderDay[o] = (int) (epochDays[o] - from);
        }
        b.productCount = productCount;
        b.productStore = new int[productCount];
        for (int p = 0; p < productCount; p++) {
            b.productStore[p] = storeMap[productStore[p]];
        }
        b.productKey = Arrays.copyOf(productKey, productCount);
        b.orderRank = ranks(b);
        b.productLatestLine = latestLines(b);
        b.consumable = new boolean[productCount];
        for (int p = 0; p < productCount; p++) {
            int line = b.productLatestLine[p];
            b.consumable[p] = line >= 0 && consumableCategories.contains(b.attributes[b.lineAttributes[line]][3]);
        }
        b.baseDate = base;
        b.referenceDate = y;
        b.earliestStoredDate = earliestStored;
        return b;
    }

    /**
     * Canonical rank of each order: by order time, then store name, then 订单ID (DATA.md §1.6). Sorted as primitive
     * keys (time offset, order index) so that millions of orders need no boxed comparator sort; only orders that
     * share a second are then ordered by store and 订单ID.
     */
    private static int[] ranks(Built b) {
        int n = b.orderCount;
        long minTime = Long.MAX_VALUE;
        for (int o = 0; o < n; o++) {
            minTime = Math.min(minTime, b.orderTime[o]);
        }
        long[] keys = new long[n];
        for (int o = 0; o < n; o++) {
            keys[o] = ((b.orderTime[o] - minTime) << 32) | o;
        }
        Arrays.sort(keys);
        int[] rank = new int[n];
        Comparator<Integer> sameSecond = (x, y) -> {
            int byStore = Integer.compare(b.orderStore[x], b.orderStore[y]);
            return byStore != 0 ? byStore : b.orderId.compare(x, y);
        };
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && (keys[end] >>> 32) == (keys[start] >>> 32)) {
                end++;
            }
            if (end - start == 1) {
                rank[(int) keys[start]] = start;
            } else {
                Integer[] tied = new Integer[end - start];
                for (int i = start; i < end; i++) {
                    tied[i - start] = (int) keys[i];
                }
                Arrays.sort(tied, sameSecond);
                for (int i = 0; i < tied.length; i++) {
                    rank[tied[i]] = start + i;
                }
            }
            start = end;
        }
        return rank;
    }

    private static int[] latestLines(Built b) {
        int[] latest = new int[b.productCount];
        Arrays.fill(latest, -1);
        for (int l = 0; l < b.lineCount; l++) {
            int o = b.lineOrder[l];
            if (!b.valid[o]) {
                continue;
            }
            int p = b.lineProduct[l];
            int current = latest[p];
            if (current < 0) {
                latest[p] = l;
            } else {
                int rc = b.orderRank[b.lineOrder[current]];
                int rl = b.orderRank[o];
                if (rl > rc || (rl == rc && l > current)) {
                    latest[p] = l;
                }
            }
        }
        return latest;
    }

    // --- array management ------------------------------------------------------------------------------------

    private void allocateOrders(int n) {
        orderStore = new int[n];
        orderId = new TextColumn(n);
        orderNumber = new TextColumn(n);
        orderTime = new long[n];
        orderEpochDay = new long[n];
        orderChannel = new int[n];
        address = new TextColumn(n);
        addressKey = new int[n];
        distanceM = new int[n];
        deliveryFee = new LongColumn(n);
        userPaidDeliveryFee = new LongColumn(n);
        deliveryFeeDiscount = new LongColumn(n);
        activityCost = new LongColumn(n);
        revenue = new LongColumn(n);
        lineCostTotal = new LongColumn(n);
        grossProfitTotal = new LongColumn(n);
        serviceFeeTotal = new LongColumn(n);
        serviceFeeKnown = new boolean[n];
        rebateTotal = new LongColumn(n);
        quantityTotal = new int[n];
        lineStart = new int[n + 1];
    }

    private void growOrders() {
        // by half: a scope of millions of orders must not double its largest arrays for the last few orders
        int n = lineStart.length + (lineStart.length >> 1) + 16;
        orderStore = Arrays.copyOf(orderStore, n);
        orderTime = Arrays.copyOf(orderTime, n);
        orderEpochDay = Arrays.copyOf(orderEpochDay, n);
        orderChannel = Arrays.copyOf(orderChannel, n);
        addressKey = Arrays.copyOf(addressKey, n);
        distanceM = Arrays.copyOf(distanceM, n);
        deliveryFee = deliveryFee.resized(n);
        userPaidDeliveryFee = userPaidDeliveryFee.resized(n);
        deliveryFeeDiscount = deliveryFeeDiscount.resized(n);
        activityCost = activityCost.resized(n);
        revenue = revenue.resized(n);
        lineCostTotal = lineCostTotal.resized(n);
        grossProfitTotal = grossProfitTotal.resized(n);
        serviceFeeTotal = serviceFeeTotal.resized(n);
        serviceFeeKnown = Arrays.copyOf(serviceFeeKnown, n);
        rebateTotal = rebateTotal.resized(n);
        quantityTotal = Arrays.copyOf(quantityTotal, n);
        lineStart = Arrays.copyOf(lineStart, n + 1);
    }

    private void allocateLines(int n) {
        lineOrder = new int[n];
        lineProduct = new int[n];
        lineQty = new int[n];
        lineAttributes = new int[n];
        salePrice = new LongColumn(n);
        originalPrice = new LongColumn(n);
        receivedPrice = new LongColumn(n);
        lineCost = new LongColumn(n);
        grossProfit = new LongColumn(n);
        stock = new LongColumn(n);
    }

    private void growLines() {
        int n = lineOrder.length + (lineOrder.length >> 1) + 16;
        lineOrder = Arrays.copyOf(lineOrder, n);
        lineProduct = Arrays.copyOf(lineProduct, n);
        lineQty = Arrays.copyOf(lineQty, n);
        lineAttributes = Arrays.copyOf(lineAttributes, n);
        salePrice = salePrice.resized(n);
        originalPrice = originalPrice.resized(n);
        receivedPrice = receivedPrice.resized(n);
        lineCost = lineCost.resized(n);
        grossProfit = grossProfit.resized(n);
        stock = stock.resized(n);
    }

    /**
     * Hands the builder's arrays over (the usual case: nothing outside the horizon). An array already of the right
     * size is handed over as it is; the builder lets go of each array as soon as it is handed over, so that at most
     * one array exists twice at a time (10 million lines must fit in a 2 GB heap).
     */
    private void adopt(Built b, boolean[] validAll) {
        int n = orderCount;
        int m = lineCount;
        b.orderStore = fit(orderStore, n);
        orderStore = null;
        orderId.trim();
        b.orderId = orderId;
        orderId = null;
        orderNumber.trim();
        b.orderNumber = orderNumber;
        orderNumber = null;
        b.orderTime = fit(orderTime, n);
        orderTime = null;
        b.orderChannel = fit(orderChannel, n);
        orderChannel = null;
        address.trim();
        b.address = address;
        address = null;
        b.addressKey = fit(addressKey, n);
        addressKey = null;
        b.distanceM = fit(distanceM, n);
        distanceM = null;
        b.deliveryFee = deliveryFee.resized(n);
        deliveryFee = null;
        b.userPaidDeliveryFee = userPaidDeliveryFee.resized(n);
        userPaidDeliveryFee = null;
        b.deliveryFeeDiscount = deliveryFeeDiscount.resized(n);
        deliveryFeeDiscount = null;
        b.activityCost = activityCost.resized(n);
        activityCost = null;
        b.revenue = revenue.resized(n);
        revenue = null;
        b.lineCostTotal = lineCostTotal.resized(n);
        lineCostTotal = null;
        b.grossProfitTotal = grossProfitTotal.resized(n);
        grossProfitTotal = null;
        b.serviceFeeTotal = serviceFeeTotal.resized(n);
        serviceFeeTotal = null;
        b.serviceFeeKnown = fit(serviceFeeKnown, n);
        serviceFeeKnown = null;
        b.rebateTotal = rebateTotal.resized(n);
        rebateTotal = null;
        b.quantityTotal = fit(quantityTotal, n);
        quantityTotal = null;
        b.valid = fit(validAll, n);
        b.lineStart = fit(lineStart, n + 1);
        lineStart = null;
        b.lineOrder = fit(lineOrder, m);
        lineOrder = null;
        b.lineProduct = fit(lineProduct, m);
        lineProduct = null;
        b.lineQty = fit(lineQty, m);
        lineQty = null;
        b.lineAttributes = fit(lineAttributes, m);
        lineAttributes = null;
        b.salePrice = salePrice.resized(m);
        salePrice = null;
        b.originalPrice = originalPrice.resized(m);
        originalPrice = null;
        b.receivedPrice = receivedPrice.resized(m);
        receivedPrice = null;
        b.lineCost = lineCost.resized(m);
        lineCost = null;
        b.grossProfit = grossProfit.resized(m);
        grossProfit = null;
        b.stock = stock.resized(m);
        stock = null;
    }

    private static int[] fit(int[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static long[] fit(long[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static boolean[] fit(boolean[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static String[] fit(String[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static void allocate(Built b, int n, int m) {
        b.orderStore = new int[n];
        b.orderId = new TextColumn(n);
        b.orderNumber = new TextColumn(n);
        b.orderTime = new long[n];
        b.orderTimeEpochDays = new long[n];
        b.orderChannel = new int[n];
        b.address = new TextColumn(n);
        b.addressKey = new int[n];
        b.distanceM = new int[n];
        b.deliveryFee = new LongColumn(n);
        b.userPaidDeliveryFee = new LongColumn(n);
        b.deliveryFeeDiscount = new LongColumn(n);
        b.activityCost = new LongColumn(n);
        b.revenue = new LongColumn(n);
        b.lineCostTotal = new LongColumn(n);
        b.grossProfitTotal = new LongColumn(n);
        b.serviceFeeTotal = new LongColumn(n);
        b.serviceFeeKnown = new boolean[n];
        b.rebateTotal = new LongColumn(n);
        b.quantityTotal = new int[n];
        b.valid = new boolean[n];
        b.lineStart = new int[n + 1];
        b.lineOrder = new int[m];
        b.lineProduct = new int[m];
        b.lineQty = new int[m];
        b.lineAttributes = new int[m];
        b.salePrice = new LongColumn(m);
        b.originalPrice = new LongColumn(m);
        b.receivedPrice = new LongColumn(m);
        b.lineCost = new LongColumn(m);
        b.grossProfit = new LongColumn(m);
        b.stock = new LongColumn(m);
    }

    private void copyOrder(Built b, int o, int no, boolean[] validAll) {
        b.orderStore[no] = orderStore[o];
        b.orderId.add(orderId.get(o));
        b.orderNumber.add(orderNumber.get(o));
        b.orderTime[no] = orderTime[o];
        b.orderTimeEpochDays[no] = orderEpochDay[o];
        b.orderChannel[no] = orderChannel[o];
        b.address.add(address.get(o));
        b.addressKey[no] = addressKey[o];
        b.distanceM[no] = distanceM[o];
        b.deliveryFee.set(no, deliveryFee.get(o));
        b.userPaidDeliveryFee.set(no, userPaidDeliveryFee.get(o));
        b.deliveryFeeDiscount.set(no, deliveryFeeDiscount.get(o));
        b.activityCost.set(no, activityCost.get(o));
        b.revenue.set(no, revenue.get(o));
        b.lineCostTotal.set(no, lineCostTotal.get(o));
        b.grossProfitTotal.set(no, grossProfitTotal.get(o));
        b.serviceFeeTotal.set(no, serviceFeeTotal.get(o));
        b.serviceFeeKnown[no] = serviceFeeKnown[o];
        b.rebateTotal.set(no, rebateTotal.get(o));
        b.quantityTotal[no] = quantityTotal[o];
        b.valid[no] = validAll[o];
    }

    private void copyLine(Built b, int l, int nl, int no) {
        b.lineOrder[nl] = no;
        b.lineProduct[nl] = lineProduct[l];
        b.lineQty[nl] = lineQty[l];
        b.lineAttributes[nl] = lineAttributes[l];
        b.salePrice.set(nl, salePrice.get(l));
        b.originalPrice.set(nl, originalPrice.get(l));
        b.receivedPrice.set(nl, receivedPrice.get(l));
        b.lineCost.set(nl, lineCost.get(l));
        b.grossProfit.set(nl, grossProfit.get(l));
        b.stock.set(nl, stock.get(l));
    }

}
