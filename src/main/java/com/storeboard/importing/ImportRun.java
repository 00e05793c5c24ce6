package com.storeboard.importing;

import com.storeboard.importing.ImportRequest.ImportFile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The reading pass of one import batch: parses every file, checks every row and the rules that span rows
 * (one date per order, order-level conflicts, line ordinals, distance unit), and parks valid lines on disk
 * grouped by (store, date) partition. Nothing touches the database here.
 */
final class ImportRun implements AutoCloseable {

    /** Everything the batch knows about one order (store, 订单ID). */
    static final class OrderState {
        final String store;
        final String orderId;
        long epochDay = Long.MIN_VALUE;
        int firstFile;
        int firstRow;
        int[] valueHashes;
        int conflictsReported;
        String[] productKeys = new String[2];
        int[] productCounts = new int[2];
        /** Hash and row of each product's first line, to spot an identical repeated line. */
        int[] productHashes = new int[2];
        int[] productRows = new int[2];
        int products;
        int lastDistanceFile = -1;
        boolean invalid;

        OrderState(String store, String orderId) {
            this.store = store;
            this.orderId = orderId;
        }

        /**
         * Counts a line of productKey and returns its ordinal (§1.4); {@code earlierRow[0]} receives the row of the
         * product's first line when this line is identical to it, else -1.
         */
        int nextOrdinal(String productKey, int lineHash, int row, int[] earlierRow) {
            earlierRow[0] = -1;
            for (int i = 0; i < products; i++) {
                if (productKeys[i].equals(productKey)) {
                    if (productHashes[i] == lineHash) {
                        earlierRow[0] = productRows[i];
                    }
                    return ++productCounts[i];
                }
            }
            if (products == productKeys.length) {
                productKeys = Arrays.copyOf(productKeys, products * 2);
                productCounts = Arrays.copyOf(productCounts, products * 2);
                productHashes = Arrays.copyOf(productHashes, products * 2);
                productRows = Arrays.copyOf(productRows, products * 2);
            }
            productKeys[products] = productKey;
            productCounts[products] = 1;
            productHashes[products] = lineHash;
            productRows[products] = row;
            products++;
            return 1;
        }

        LocalDate date() {
            return LocalDate.ofEpochDay(epochDay);
        }
    }

    /** A (store, date) partition and the parked lines that belong to it. */
    record PartitionKey(String store, LocalDate date) {
    }

    static final class PartitionRows {
        long[] addresses = new long[64];
        OrderState[] orders = new OrderState[64];
        int size;

        void add(long address, OrderState order) {
            if (size == addresses.length) {
                addresses = Arrays.copyOf(addresses, size * 2);
                orders = Arrays.copyOf(orders, size * 2);
            }
            addresses[size] = address;
            orders[size] = order;
            size++;
        }

        /** Set by {@link ImportRun#releaseOrders()}: which rows belong to dropped orders. */
        java.util.BitSet dropped;

        boolean hasValidOrder() {
            for (int i = 0; i < size; i++) {
                if (!isDropped(i)) {
                    return true;
                }
            }
            return false;
        }

        boolean isDropped(int i) {
            return dropped != null ? dropped.get(i) : orders[i].invalid;
        }
    }

    /** Per-file facts gathered while reading. */
    static final class FileState {
        final ImportFile file;
        final int index;
        String format;
        String encoding;
        int headerRow;
        /** The 订单ID column as the file names it, for problems reported against a whole order. */
        String orderIdHeader = Field.ORDER_ID.header();
        int dataRows;
        int blankRows;
        List<String> ignoredColumns = List.of();
        double[] distances = new double[256];
        int distanceCount;
        boolean kilometres;
        BigDecimal median;
        long size;
        final java.util.Set<String> stores = new java.util.TreeSet<>(com.storeboard.orders.Digests.CODE_POINT_ORDER);
        LocalDate firstDate;
        LocalDate lastDate;

        FileState(ImportFile file, int index) {
            this.file = file;
            this.index = index;
        }

        void addDistance(BigDecimal value) {
            if (distanceCount == distances.length) {
                distances = Arrays.copyOf(distances, distanceCount * 2);
            }
            distances[distanceCount++] = value.doubleValue();
        }
    }

    private final ImportRequest request;
    private final ImportProperties properties;
    private final LocalDate today;
    private final ImportProgress.Listener progress;
    private final Problems problems;
    private final LineSpill spill;
    private final Map<String, Map<String, OrderState>> orders = new HashMap<>();
    private final Map<PartitionKey, PartitionRows> partitions = new HashMap<>();
    private final List<FileState> files = new ArrayList<>();
    private final List<ImportResult.SkippedRow> invalidRows = new ArrayList<>();
    private final Map<String, String> storeNames = new HashMap<>();
    private int rowsRead;
    private boolean rejected;
    private final int[] earlierRow = new int[1];

    ImportRun(ImportRequest request, ImportProperties properties, LocalDate today, Path workDirectory,
            ImportProgress.Listener progress, Problems problems) {
        this.request = request;
        this.properties = properties;
        this.today = today;
        this.progress = progress;
        this.problems = problems;
        this.spill = new LineSpill(workDirectory);
    }

    /** Reads and checks every file. Returns false when a file-level problem rejects the batch. */
    boolean read() {
        if (request.files().size() > properties.maxFilesPerBatch()) {
            problems.add(ImportProblem.file(request.files().get(0).name(), 0, ImportCode.TOO_MANY_FILES,
                    Integer.toString(request.files().size()), Integer.toString(properties.maxFilesPerBatch())));
            rejected = true;
            return false;
        }
        for (int i = 0; i < request.files().size(); i++) {
            FileState state = new FileState(request.files().get(i), i);
            files.add(state);
            try {
                readFile(state);
            } catch (FileRejected e) {
                problems.add(ImportProblem.file(state.file.name(), i, e.code(), e.args().toArray(String[]::new)));
                rejected = true;
                return false;
            }
        }
        decideDistanceUnits();
        spill.finishWriting();
        return true;
    }

    private void readFile(FileState state) {
        ImportFile file = state.file;
        try {
            state.size = Files.size(file.path());
        } catch (IOException e) {
            throw new FileRejected(ImportCode.FILE_UNREADABLE, e.getMessage());
        }
        String storeName = Texts.name(file.storeName());
        try (SheetSource source = open(file, storeName != null)) {
            state.format = source.format();
            state.encoding = source.encoding();
            for (String notice : source.notices()) {
                problems.add(ImportProblem.file(file.name(), state.index, ImportCode.valueOf(notice)));
            }
            List<SourceRow> head = new ArrayList<>();
            while (head.size() < properties.headerSearchRows() && source.hasNext()) {
                head.add(source.next());
            }
            if (head.stream().allMatch(SourceRow::isBlank)) {
                throw new FileRejected(ImportCode.FILE_EMPTY);
            }
            HeaderLocator.Located header = HeaderLocator.locate(head, storeName != null);
            state.headerRow = header.row().number();
            state.ignoredColumns = header.mapping().ignored();
            header.mapping().column(Field.ORDER_ID).ifPresent(c -> state.orderIdHeader = c.header());
            for (HeaderMapping.Column duplicate : header.mapping().duplicates()) {
                problems.add(new ImportProblem(file.name(), state.index, header.row().number(), duplicate.header(),
                        duplicate.index(), duplicate.header(), ImportCode.DUPLICATE_COLUMN,
                        List.of(duplicate.field().header())));
            }
            RowParser parser = new RowParser(header.mapping(), file.name(), state.index, storeName,
                    source instanceof XlsxSheetSource x && x.date1904(), properties, today);
            long started = System.nanoTime();
            int reported = 0;
            for (int i = header.position() + 1; i < head.size(); i++) {
                SourceRow row = head.get(i);
                accept(state, parser, row, row.isBlank() ? null : parser.parse(row));
            }
            try (ParsingStage parsed = new ParsingStage(source, parser)) {
              while (parsed.hasNext()) {
                ParsingStage.Parsed next = parsed.next();
                accept(state, parser, next.row(), next.result());
                if (++reported % 5000 == 0) {
                    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                    progress.update(new ImportProgress(ImportProgress.Phase.READING, file.name(),
                            (state.index + source.progress()) / request.files().size(), rowsRead, state.dataRows / seconds));
                }
              }
            }
            if (state.dataRows == 0) {
                throw new FileRejected(ImportCode.FILE_EMPTY);
            }
        } catch (IOException e) {
            throw new FileRejected(ImportCode.FILE_UNREADABLE, e.getMessage());
        }
    }

    private SheetSource open(ImportFile file, boolean storeNameSupplied) throws IOException {
        String name = file.name().toLowerCase(Locale.ROOT);
        byte[] magic;
        try (InputStream in = Files.newInputStream(file.path())) {
            magic = in.readNBytes(8);
        }
        boolean zip = magic.length >= 4 && magic[0] == 'P' && magic[1] == 'K';
        boolean ole2 = magic.length >= 8 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF;
        if (name.endsWith(".xlsx")) {
            if (!zip) {
                throw new FileRejected(ImportCode.FILE_FORMAT_UNSUPPORTED, file.name());
            }
            return XlsxSheetSource.open(file.path());
        }
        if (name.endsWith(".csv")) {
            if (zip || ole2) {
                // a spreadsheet saved under a .csv name: say what it really is
                throw new FileRejected(ImportCode.FILE_FORMAT_UNSUPPORTED, file.name());
            }
            return CsvSheetSource.open(file.path(), file.forcedEncoding(), properties.headerSearchRows(), storeNameSupplied);
        }
        throw new FileRejected(ImportCode.FILE_FORMAT_UNSUPPORTED, file.name());
    }

    /** The checks that need the rows before this one; {@code r} is null for a blank row. */
    private void accept(FileState state, RowParser parser, SourceRow row, RowParser.Result r) {
        if (r == null) {
            state.blankRows++;
            return;
        }
        if (r.summaryRow) {
            problems.add(new ImportProblem(state.file.name(), state.index, row.number(), null, -1, r.draft.orderId,
                    ImportCode.SUMMARY_ROW_SKIPPED, List.of()));
            return;
        }
        state.dataRows++;
        rowsRead++;
        if (state.dataRows > properties.maxRowsPerFile()) {
            throw new FileRejected(ImportCode.FILE_TOO_LARGE, Integer.toString(properties.maxRowsPerFile()));
        }
        r.warnings.forEach(problems::add);
        LineDraft d = r.draft;
        OrderState order = null;
        if (r.hasOrderKey()) {
            d.storeName = storeNames.computeIfAbsent(d.storeName, s -> s);
            order = orders.computeIfAbsent(d.storeName, s -> new HashMap<>()).computeIfAbsent(d.orderId,
                    id -> new OrderState(d.storeName, id));
            checkOrder(state, parser, order, r, row);
        }
        r.errors.forEach(problems::add);
        if (!r.valid() || order == null) {
            if (order != null) {
                order.invalid = true;
            }
            invalidRows.add(new ImportResult.SkippedRow(state.file.name(), row.number(),
                    r.errors.stream().map(ImportProblem::code).distinct().toList()));
            return;
        }
        state.stores.add(d.storeName);
        LocalDate date = d.orderTime.toLocalDate();
        state.firstDate = state.firstDate == null || date.isBefore(state.firstDate) ? date : state.firstDate;
        state.lastDate = state.lastDate == null || date.isAfter(state.lastDate) ? date : state.lastDate;
        long address = spill.write(d);
        partitions.computeIfAbsent(new PartitionKey(d.storeName, d.orderTime.toLocalDate()), k -> new PartitionRows())
                .add(address, order);
    }

    /** The rules that span the lines of one order (DATA.md §2.2, §4.5, §1.4). */
    private void checkOrder(FileState state, RowParser parser, OrderState order, RowParser.Result r, SourceRow row) {
        LineDraft d = r.draft;
        if (d.orderTime != null) {
            long day = d.orderTime.toLocalDate().toEpochDay();
            if (order.epochDay == Long.MIN_VALUE) {
                order.epochDay = day;
                order.firstFile = state.index;
                order.firstRow = row.number();
            } else if (order.epochDay != day) {
                r.errors.add(parser.problem(row, Field.ORDER_TIME, ImportCode.ORDER_DATE_CONFLICT, order.date().toString()));
            }
        }
        if (order.valueHashes == null) {
            order.valueHashes = new int[RowParser.CONFLICT_FIELDS.size()];
        }
        for (int i = 0; i < r.orderValues.length; i++) {
            String value = r.orderValues[i];
            if (value == null) {
                continue;
            }
            int hash = value.hashCode() | 1; // never 0, which means "no value yet"
            if (order.valueHashes[i] == 0) {
                order.valueHashes[i] = hash;
            } else if (order.valueHashes[i] != hash && (order.conflictsReported & (1 << i)) == 0) {
                order.conflictsReported |= 1 << i;
                Field field = RowParser.CONFLICT_FIELDS.get(i);
                problems.add(parser.problem(row, field, ImportCode.ORDER_FIELD_CONFLICT, d.orderId));
            }
        }
        if (d.distance != null && order.lastDistanceFile != state.index) {
            order.lastDistanceFile = state.index;
            state.addDistance(d.distance);
        }
        if (d.productKey != null) {
            d.lineOrdinal = order.nextOrdinal(d.productKey, lineHash(d), row.number(), earlierRow);
            if (earlierRow[0] >= 0) {
                problems.add(new ImportProblem(state.file.name(), state.index, row.number(), null, -1, d.productName,
                        ImportCode.DUPLICATE_LINE, List.of(d.orderId, Integer.toString(earlierRow[0]))));
            }
        }
    }

    private static int lineHash(LineDraft d) {
        return Objects.hash(d.productKey, d.productName, d.quantity, d.salePrice, d.originalPrice, d.receivedPrice,
                d.lineCost, d.grossProfit, d.platformServiceFee, d.stock, d.orderTime, d.categoryL1);
    }

    /** Per file: the median of one distance per order decides kilometres or metres (DATA.md §4.4). */
    private void decideDistanceUnits() {
        for (FileState state : files) {
            if (state.distanceCount == 0) {
                continue;
            }
            double[] values = Arrays.copyOf(state.distances, state.distanceCount);
            Arrays.sort(values);
            int n = values.length;
            BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(values[n / 2])
                    : BigDecimal.valueOf(values[n / 2 - 1]).add(BigDecimal.valueOf(values[n / 2]))
                            .divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_UP);
            state.median = median.stripTrailingZeros();
            state.kilometres = median.compareTo(properties.distanceKmMedianMax()) <= 0;
            if (state.kilometres) {
                problems.add(ImportProblem.file(state.file.name(), state.index, ImportCode.DISTANCE_CONVERTED_FROM_KM,
                        state.median.toPlainString()));
            }
            state.distances = null;
        }
    }

    // --- what the writing pass needs ---------------------------------------------------------------

    boolean rejected() {
        return rejected;
    }

    int rowsRead() {
        return rowsRead;
    }

    List<FileState> files() {
        return files;
    }

    List<ImportResult.SkippedRow> invalidRows() {
        return invalidRows;
    }

    Map<String, Map<String, OrderState>> orders() {
        return orders;
    }

    /** Partitions that will be written: those with at least one line of a valid order, sorted by store and date. */
    Map<PartitionKey, PartitionRows> partitionsToWrite() {
        Map<PartitionKey, PartitionRows> sorted = new TreeMap<>(
                java.util.Comparator.comparing(PartitionKey::store, com.storeboard.orders.Digests.CODE_POINT_ORDER)
                        .thenComparing(PartitionKey::date));
        partitions.forEach((key, rows) -> {
            if (rows.hasValidOrder()) {
                sorted.put(key, rows);
            }
        });
        return sorted;
    }

    /** Every partition seen, including those whose orders were all dropped. */
    Map<PartitionKey, PartitionRows> allPartitions() {
        return partitions;
    }

    /**
     * Once the orders have been judged, only which rows are dropped matters: keep that as bits and let the order
     * states (the largest structure of a big import) go before the database work starts.
     */
    void releaseOrders() {
        for (PartitionRows rows : partitions.values()) {
            java.util.BitSet dropped = new java.util.BitSet(rows.size);
            for (int i = 0; i < rows.size; i++) {
                if (rows.orders[i].invalid) {
                    dropped.set(i);
                }
            }
            rows.dropped = dropped;
            rows.orders = null;
        }
        orders.clear();
    }

    LineDraft line(long address) {
        return spill.read(address);
    }

    boolean kilometres(int fileIndex) {
        return files.get(fileIndex).kilometres;
    }

    @Override
    public void close() {
        spill.close();
    }
}
