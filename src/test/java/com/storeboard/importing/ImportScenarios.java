package com.storeboard.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.importing.ImportRequest.ImportFile;
import com.storeboard.importing.ImportResult.PartitionChange.Action;
import com.storeboard.importing.ImportResult.Status;
import com.storeboard.orders.OrderDataService;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import behaviour that must hold on every database: run by {@code ImportOnH2Test} (embedded, as a user
 * runs it by default) and {@code ImportOnPostgresIT} (the real PostgreSQL).
 */
abstract class ImportScenarios {

    @Autowired
    ImportService importer;
    @Autowired
    OrderDataService orderData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.storeboard.orders.OrderLineRepository lineRepository;
    @Autowired
    ImportHistoryRepository historyRepository;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    com.storeboard.config.StoreboardProperties storeboard;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    /** The importer with other limits, for the limit tests. */
    ImportService importerWith(ImportProperties properties) {
        return new ImportService(lineRepository, historyRepository, transactions, properties, storeboard,
                java.time.Clock.systemUTC(), events, java.util.concurrent.Executors.newSingleThreadExecutor());
    }

    @TempDir
    Path dir;

    @BeforeEach
    void emptyDatabase() {
        jdbc.update("delete from order_line");
        jdbc.update("delete from partition_digest");
        jdbc.update("delete from partition_columns");
        jdbc.update("delete from import_history");
    }

    ImportResult strict(Path... files) {
        return importer.importFiles(new ImportRequest(Arrays.stream(files).map(ImportFile::of).toList(), false, "test", "TEST"));
    }

    ImportResult skipping(Path... files) {
        return importer.importFiles(new ImportRequest(Arrays.stream(files).map(ImportFile::of).toList(), true, "test", "TEST"));
    }

    int storedLines() {
        return jdbc.queryForObject("select count(*) from order_line", Integer.class);
    }

    List<Map<String, Object>> stored(String where) {
        return jdbc.queryForList("select * from order_line where " + where + " order by store_name, order_id, product_key, line_ordinal");
    }

    Path file(String name, String... dataLines) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(OrderFiles.HEADER);
        lines.addAll(List.of(dataLines));
        return OrderFiles.csv(dir, name, lines.toArray(String[]::new));
    }

    static String line(String orderId, String time, String store, String product, String qty, String price) {
        return String.join(",", orderId, time, store, "美团闪购", product, "", qty, price, price, "1.00", "0.50", "3.00", "", "");
    }

    // --- happy path, idempotency, replace-by-dates ---------------------------------------------------

    @Test
    void a_valid_file_is_stored_with_defaults_keys_and_digests() throws IOException {
        ImportResult result = strict(file("orders.csv",
                "A1,2025-12-20 10:00:00,东湖店,美团闪购,可乐,100101,2,3.50,3.00,2.00,0.42,4.00,1.2,8",
                "A1,2025-12-20 10:00:00,东湖店,美团闪购,薯片,,1,6.00,,,0.30,4.00,1.2,"));

        assertThat(result.status()).isEqualTo(Status.IMPORTED);
        assertThat(result.errorCounts()).isEmpty();
        assertThat(result.rowsImported()).isEqualTo(2);
        List<Map<String, Object>> rows = stored("order_id = 'A1'");
        assertThat(rows).hasSize(2);
        Map<String, Object> cola = rows.get(0);
        assertThat(cola.get("product_key")).isEqualTo("C:100101");
        assertThat(cola.get("line_ordinal")).isEqualTo(1);
        assertThat(cola.get("category_l1")).isEqualTo("未分类");
        assertThat(cola.get("distance_m")).as("one distance, median 1.2 ≤ 50: kilometres").isEqualTo(1200);
        assertThat(new java.math.BigDecimal(cola.get("gross_profit").toString())).as("利润额 ← 实收价格 × 月售 − 成本 = 3.00 × 2 − 2.00")
                .isEqualByComparingTo("4.00");
        Map<String, Object> chips = rows.get(1);
        assertThat(chips.get("product_key")).isEqualTo("N:薯片");
        assertThat(new java.math.BigDecimal(chips.get("received_price").toString())).as("实收价格 ← 商品实售价").isEqualByComparingTo("6.00");
        assertThat(chips.get("cost_known")).isEqualTo(false);
        assertThat(new java.math.BigDecimal(chips.get("gross_profit").toString())).as("no cost: 利润额 0").isEqualByComparingTo("0");
        assertThat(chips.get("stock")).isNull();
        assertThat(orderData.coverage()).singleElement().satisfies(c -> {
            assertThat(c.storeName()).isEqualTo("东湖店");
            assertThat(c.days()).isEqualTo(1);
            assertThat(c.lines()).isEqualTo(2);
        });
    }

    @Test
    void importing_the_same_file_twice_changes_nothing_the_second_time() throws IOException {
        Path orders = file("orders.csv", line("A1", "2025-12-19 09:00:00", "东湖店", "可乐", "1", "3.00"),
                line("A2", "2025-12-20 10:00:00", "东湖店", "可乐", "2", "3.00"));
        ImportResult first = strict(orders);
        List<Map<String, Object>> before = stored("1 = 1");

        ImportResult second = strict(file("renamed copy.csv", line("A1", "2025-12-19 09:00:00", "东湖店", "可乐", "1", "3.00"),
                line("A2", "2025-12-20 10:00:00", "东湖店", "可乐", "2", "3.00")));

        assertThat(first.status()).isEqualTo(Status.IMPORTED);
        assertThat(second.status()).isEqualTo(Status.NO_CHANGE);
        assertThat(second.rowsImported()).isZero();
        assertThat(second.partitions()).extracting(ImportResult.PartitionChange::action).containsOnly(Action.UNCHANGED);
        assertThat(second.warningCounts()).containsEntry(ImportCode.PARTITION_UNCHANGED, 2);
        assertThat(second.dataVersionAfter()).isEqualTo(first.dataVersionAfter());
        assertThat(stored("1 = 1")).as("same rows, same import id").isEqualTo(before);
    }

    @Test
    void a_corrected_day_replaces_only_that_day_of_that_store() throws IOException {
        strict(file("week.csv", line("A1", "2025-12-18 09:00:00", "东湖店", "可乐", "1", "3.00"),
                line("A2", "2025-12-19 09:00:00", "东湖店", "可乐", "1", "3.00"),
                line("A3", "2025-12-19 12:00:00", "东湖店", "雪碧", "1", "3.00"),
                line("B1", "2025-12-19 09:00:00", "滨江店", "可乐", "1", "3.00")));

        ImportResult result = strict(file("fix.csv", line("A9", "2025-12-19 18:00:00", "东湖店", "矿泉水", "4", "2.00")));

        assertThat(result.status()).isEqualTo(Status.IMPORTED);
        assertThat(result.partitions()).singleElement().satisfies(p -> {
            assertThat(p.action()).isEqualTo(Action.REPLACED);
            assertThat(p.rowsBefore()).isEqualTo(2);
            assertThat(p.rowsAfter()).isEqualTo(1);
        });
        assertThat(stored("store_name = '东湖店'")).extracting(r -> r.get("order_id")).containsExactly("A1", "A9");
        assertThat(stored("store_name = '滨江店'")).extracting(r -> r.get("order_id")).containsExactly("B1");
        assertThat(result.dataVersionBefore().get("东湖店")).isNotEqualTo(result.dataVersionAfter().get("东湖店"));
    }

    @Test
    void one_file_with_two_stores_replaces_each_stores_dates_independently() throws IOException {
        strict(file("old.csv", line("A1", "2025-12-19 09:00:00", "东湖店", "可乐", "1", "3.00"),
                line("B1", "2025-12-20 09:00:00", "滨江店", "可乐", "1", "3.00")));

        ImportResult result = strict(file("both.csv", line("A2", "2025-12-20 09:00:00", "东湖店", "可乐", "1", "3.00"),
                line("B2", "2025-12-20 11:00:00", "滨江店", "雪碧", "2", "3.00")));

        assertThat(result.partitions()).extracting(p -> p.storeName() + " " + p.date() + " " + p.action())
                .containsExactly("东湖店 2025-12-20 INSERTED", "滨江店 2025-12-20 REPLACED");
        assertThat(stored("1 = 1")).extracting(r -> r.get("order_id")).containsExactly("A1", "A2", "B2");
    }

    @Test
    void the_same_product_twice_in_an_order_gets_ordinals_one_and_two_and_a_warning() throws IOException {
        ImportResult result = strict(file("twice.csv", line("A1", "2025-12-20 10:00:00", "东湖店", "可乐", "1", "3.00"),
                line("A1", "2025-12-20 10:00:00", "东湖店", "可乐", "1", "3.00")));

        assertThat(result.status()).isEqualTo(Status.IMPORTED);
        assertThat(stored("1 = 1")).extracting(r -> r.get("line_ordinal")).containsExactly(1, 2);
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo(ImportCode.DUPLICATE_LINE);
            assertThat(w.row()).isEqualTo(3);
            assertThat(w.args()).containsExactly("A1", "2");
        });
    }

    // --- strict and skip modes -------------------------------------------------------------------------

    @Test
    void a_file_with_one_bad_row_imports_nothing_and_names_row_column_value_and_reason() throws IOException {
        strict(file("before.csv", line("Z1", "2025-12-18 09:00:00", "东湖店", "可乐", "1", "3.00")));
        List<Map<String, Object>> before = stored("1 = 1");

        ImportResult result = strict(file("bad.csv", line("A1", "2025-12-20 10:00:00", "东湖店", "可乐", "1", "3.00"),
                line("A2", "2025-12-20 11:00:00", "东湖店", "可乐", "-1", "3.00")));

        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("bad.csv");
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("月售");
            assertThat(e.value()).isEqualTo("-1");
            assertThat(e.code()).isEqualTo(ImportCode.QUANTITY_NEGATIVE);
        });
        assertThat(stored("1 = 1")).isEqualTo(before);
    }

    @Test
    void skip_mode_drops_whole_orders_with_an_invalid_line_and_imports_the_rest() throws IOException {
        ImportResult result = skipping(file("mixed.csv", line("A1", "2025-12-20 10:00:00", "东湖店", "可乐", "1", "3.00"),
                line("A2", "2025-12-20 11:00:00", "东湖店", "可乐", "1", "3.00"),
                line("A2", "2025-12-20 11:00:00", "东湖店", "雪碧", "x", "3.00"),
                line("A3", "2025-12-20 12:00:00", "东湖店", "可乐", "2", "3.00")));

        assertThat(result.status()).isEqualTo(Status.IMPORTED);
        assertThat(stored("1 = 1")).extracting(r -> r.get("order_id")).containsExactly("A1", "A3");
        assertThat(result.rowsSkipped()).isEqualTo(2);
        assertThat(result.skippedRows()).extracting(s -> s.row() + ":" + s.codes())
                .containsExactly("3:[ORDER_HAS_INVALID_LINE]", "4:[NUMBER_UNPARSABLE]");
    }

    @Test
    void skip_mode_keeps_the_old_rows_of_a_date_whose_new_rows_were_all_invalid() throws IOException {
        strict(file("old.csv", line("A1", "2025-12-19 10:00:00", "东湖店", "可乐", "1", "3.00")));

        ImportResult result = skipping(file("new.csv", line("A7", "2025-12-19 10:00:00", "东湖店", "可乐", "?", "3.00"),
                line("A8", "2025-12-20 10:00:00", "东湖店", "可乐", "1", "3.00")));

        assertThat(result.status()).isEqualTo(Status.IMPORTED);
        assertThat(stored("1 = 1")).extracting(r -> r.get("order_id")).containsExactly("A1", "A8");
    }

    @Test
    void skip_mode_with_nothing_valid_left_is_rejected() throws IOException {
        ImportResult result = skipping(file("bad.csv", line("A1", "2025-12-20 10:00:00", "东湖店", "可乐", "-3", "3.00")));

        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(storedLines()).isZero();
    }

    @Test
    void a_bad_row_at_line_ninety_thousand_leaves_the_database_unchanged() throws IOException {
        strict(file("before.csv", line("Z1", "2025-12-01 09:00:00", "东湖店", "可乐", "1", "3.00")));
        String before = orderData.dataVersion(null);
        List<String> lines = new ArrayList<>();
        lines.add(OrderFiles.HEADER);
        for (int i = 1; i <= 100_000; i++) {
            String qty = i == 89_999 ? "1.5" : "1";
            lines.add(line("N" + i, "2025-12-" + (10 + i % 10) + " 10:00:00", "东湖店", "商品" + (i % 300), qty, "3.00"));
        }
        Path big = OrderFiles.csv(dir, "big.csv", lines.toArray(String[]::new));

        ImportResult result = strict(big);

        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(result.rowsRead()).isEqualTo(100_000);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).as("header is row 1").isEqualTo(90_000);
            assertThat(e.code()).isEqualTo(ImportCode.QUANTITY_NOT_INTEGER);
        });
        assertThat(storedLines()).isEqualTo(1);
        assertThat(orderData.dataVersion(null)).isEqualTo(before);
    }

    @Test
    void every_row_rule_is_reported_with_row_column_value_and_reason() throws IOException {
        String longName = "长".repeat(201);
        Path file = OrderFiles.csv(dir, "rules.csv",
                "订单ID,日期,门店名称,商品名称,条码,月售,商品实售价,实收价格,商品采购成本,配送距离",
                "A1,2025-12-20 10:00:00,东湖店,可乐,,1,3.00,3.00,1.00,1.2",
                ",2025-12-20 10:00:00,东湖店,可乐,,1,3.00,3.00,1.00,",
                "A3,2025-12-20 10:00:00,东湖店,可乐,,1,,,1.00,",
                "A4,2025-12-20 10:00:00,东湖店,可乐,,1,abc,3.00,1.00,",
                "A5,20/12/2025,东湖店,可乐,,1,3.00,3.00,1.00,",
                "A6,1999-12-31 10:00:00,东湖店,可乐,,1,3.00,3.00,1.00,",
                "A7,2025-12-20 10:00:00,东湖店,可乐,,-2,3.00,3.00,1.00,",
                "A8,2025-12-20 10:00:00,东湖店,可乐,,1,3.00,-3.00,1.00,",
                "A9,2025-12-20 10:00:00,东湖店," + longName + ",,1,3.00,3.00,1.00,",
                "A10,2025-12-20 10:00:00,东湖店,可乐,6.9E+12,1,3.00,3.00,1.00,",
                "A11,2099-06-01 10:00:00,东湖店,可乐,,1,3.00,3.00,1.00,",
                "A12,2025-12-20 10:00:00,东湖店,可乐,,1,100001,100001,1.00,",
                "A13,2025-12-20 10:00:00,东湖店,可乐,,1,3.00,3.00,1.00,-1",
                "合计,,,,,100,,,,",
                ",,,,,,,,,",
                "A14,2025-12-20 10:00:00,东湖店,可乐,,1,3.123456,3.00,1.00,",
                "A15,2025-12-20 10:00:00,,可乐,,,3.00,3.00,1.00,");

        ImportResult result = strict(file);

        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(result.errors()).extracting(e -> e.row() + " " + e.column() + " " + e.code() + " " + e.value())
                .containsExactly(
                        "3 订单ID REQUIRED_MISSING null",
                        "4 实收价格 PRICE_MISSING null",
                        "5 商品实售价 NUMBER_UNPARSABLE abc",
                        "6 日期 DATE_UNPARSABLE 20/12/2025",
                        "7 日期 DATE_OUT_OF_RANGE 1999-12-31 10:00:00",
                        "8 月售 QUANTITY_NEGATIVE -2",
                        "9 实收价格 VALUE_NEGATIVE -3.00",
                        "10 商品名称 TEXT_TOO_LONG " + longName.substring(0, 200),
                        "11 条码 ID_SCIENTIFIC_NOTATION 6.9E+12",
                        "12 日期 DATE_IN_FUTURE 2099-06-01 10:00:00",
                        "13 商品实售价 PRICE_TOO_HIGH 100001",
                        "13 实收价格 PRICE_TOO_HIGH 100001",
                        "14 配送距离 VALUE_NEGATIVE -1",
                        "18 门店名称 REQUIRED_MISSING null",
                        "18 月售 REQUIRED_MISSING null");
        assertThat(result.warningCounts()).containsEntry(ImportCode.SUMMARY_ROW_SKIPPED, 1)
                .containsEntry(ImportCode.VALUE_ROUNDED, 1);
        assertThat(result.files().get(0).blankRows()).isEqualTo(1);
        assertThat(result.rowsRead()).as("rows 2–18, without the blank and the summary row").isEqualTo(15);
        assertThat(storedLines()).isZero();

        ImportResult skipped = skipping(file);
        assertThat(skipped.status()).isEqualTo(Status.IMPORTED);
        assertThat(stored("1 = 1")).extracting(r -> r.get("order_id")).containsExactly("A1", "A14");
        assertThat(new java.math.BigDecimal(stored("order_id = 'A14'").get(0).get("sale_price").toString()))
                .isEqualByComparingTo("3.1235");
    }

    @Test
    void a_single_store_export_without_a_store_column_takes_the_store_name_given_for_the_file() throws IOException {
        Path file = OrderFiles.csv(dir, "store.csv", "订单ID,日期,商品名称,月售,实收价格",
                "A1,2025-12-20 10:00:00,可乐,1,3.00");

        ImportResult without = strict(file);
        ImportResult with = importer.importFiles(new ImportRequest(
                List.of(new ImportFile(file, "store.csv", "星河便利（东湖店）", null)), false, "test", "TEST"));

        assertThat(without.errors()).extracting(ImportProblem::code).containsExactly(ImportCode.REQUIRED_COLUMN_MISSING);
        assertThat(with.status()).isEqualTo(Status.IMPORTED);
        assertThat(stored("1 = 1")).extracting(r -> r.get("store_name")).containsExactly("星河便利（东湖店）");
    }

    @Test
    void batch_and_file_size_limits_are_enforced() throws IOException {
        ImportProperties small = new ImportProperties(new java.math.BigDecimal("50"), 10, 2, 2, 1000, 1000,
                new java.math.BigDecimal("100000"), 1, java.time.ZoneId.of("Asia/Shanghai"));
        Path three = file("three.csv", line("A1", "2025-12-20 10:00:00", "东湖店", "可乐", "1", "3.00"),
                line("A2", "2025-12-20 10:00:00", "东湖店", "可乐", "1", "3.00"),
                line("A3", "2025-12-20 10:00:00", "东湖店", "可乐", "1", "3.00"));
        Path one = file("one.csv", line("B1", "2025-12-20 10:00:00", "东湖店", "可乐", "1", "3.00"));

        ImportResult tooLarge = importerWith(small).importFiles(new ImportRequest(List.of(ImportFile.of(three)), false, "t", "TEST"));
        ImportResult tooMany = importerWith(small).importFiles(new ImportRequest(
                List.of(ImportFile.of(one), ImportFile.of(one), ImportFile.of(one)), false, "t", "TEST"));

        assertThat(tooLarge.errors()).extracting(ImportProblem::code).containsExactly(ImportCode.FILE_TOO_LARGE);
        assertThat(tooMany.errors()).extracting(ImportProblem::code).containsExactly(ImportCode.TOO_MANY_FILES);
        assertThat(storedLines()).isZero();
    }

    @Test
    void an_xlsx_reads_the_first_visible_sheet_with_merged_cells_filled_and_says_other_sheets_were_ignored() throws IOException {
        Path file = dir.resolve("merged.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = java.nio.file.Files.newOutputStream(file)) {
            var notes = workbook.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("隐藏的说明页");
            workbook.setSheetHidden(0, true);
            var data = workbook.createSheet("订单");
            String[] header = {"订单ID", "日期", "门店名称", "商品名称", "月售", "实收价格"};
            var headerRow = data.createRow(0);
            for (int c = 0; c < header.length; c++) {
                headerRow.createCell(c).setCellValue(header[c]);
            }
            Object[][] rows = {{"A1", "2025-12-20 10:00:00", "东湖店", "可乐", 1, 3.0}, {"A2", "2025-12-20 11:00:00", null, "雪碧", 2, 3.0},
                {"A3", "2025-12-20 12:00:00", null, "橙汁", 1, 4.5}};
            for (int r = 0; r < rows.length; r++) {
                var row = data.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            data.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 3, 2, 2));
            workbook.createSheet("汇总").createRow(0).createCell(0).setCellValue("合计");
            workbook.write(out);
        }

        ImportResult result = strict(file);

        assertThat(result.status()).isEqualTo(Status.IMPORTED);
        assertThat(result.warningCounts()).containsEntry(ImportCode.EXTRA_SHEETS_IGNORED, 1);
        assertThat(stored("1 = 1")).extracting(r -> r.get("order_id") + "@" + r.get("store_name"))
                .containsExactly("A1@东湖店", "A2@东湖店", "A3@东湖店");
    }

    // --- cross-row rules --------------------------------------------------------------------------------

    @Test
    void an_order_spread_over_two_dates_is_an_error_on_the_later_line() throws IOException {
        ImportResult result = strict(file("dates.csv", line("A1", "2025-12-19 23:59:00", "东湖店", "可乐", "1", "3.00"),
                line("A1", "2025-12-20 00:01:00", "东湖店", "雪碧", "1", "3.00")));

        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ImportCode.ORDER_DATE_CONFLICT);
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("日期");
        });
    }

    @Test
    void different_order_level_values_on_two_lines_are_a_warning_once_per_order_and_field() throws IOException {
        ImportResult result = strict(file("conflict.csv",
                "A1,2025-12-20 10:00:00,东湖店,美团闪购,可乐,,1,3.00,3.00,1.00,0.30,4.00,,",
                "A1,2025-12-20 10:05:00,东湖店,美团闪购,雪碧,,1,3.00,3.00,1.00,0.30,5.00,,",
                "A1,2025-12-20 10:00:00,东湖店,美团闪购,橙汁,,1,3.00,3.00,1.00,0.30,6.00,,"));

        assertThat(result.status()).isEqualTo(Status.IMPORTED);
        assertThat(result.warningCounts()).containsEntry(ImportCode.ORDER_FIELD_CONFLICT, 2);
        assertThat(result.warnings()).filteredOn(w -> w.code() == ImportCode.ORDER_FIELD_CONFLICT)
                .extracting(ImportProblem::column).containsExactlyInAnyOrder("日期", "物流配送费");
    }

    @Test
    void an_order_already_stored_on_a_date_this_file_does_not_replace_is_refused() throws IOException {
        strict(file("old.csv", line("A1", "2025-12-18 10:00:00", "东湖店", "可乐", "1", "3.00")));

        ImportResult result = strict(file("moved.csv", line("A1", "2025-12-20 10:00:00", "东湖店", "可乐", "1", "3.00")));

        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ImportCode.ORDER_ID_EXISTS_ON_OTHER_DATE);
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("订单ID");
            assertThat(e.value()).isEqualTo("2025-12-18");
        });
    }

    @Test
    void an_order_stored_on_another_date_is_found_also_when_much_more_is_stored_than_imported() throws IOException {
        List<String> history = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            history.add(line("H" + i, "2025-12-1" + (i % 8) + " 10:00:00", "东湖店", "可乐", "1", "3.00"));
        }
        strict(file("history.csv", history.toArray(String[]::new)));

        ImportResult result = strict(file("moved.csv", line("H5", "2025-12-20 10:00:00", "东湖店", "可乐", "1", "3.00")));

        assertThat(result.errors()).extracting(e -> e.code() + " " + e.value())
                .containsExactly("ORDER_ID_EXISTS_ON_OTHER_DATE 2025-12-15");
    }

    @Test
    void distances_are_metres_when_the_file_median_is_above_fifty() throws IOException {
        ImportResult result = strict(file("metres.csv",
                "A1,2025-12-20 10:00:00,东湖店,美团闪购,可乐,,1,3.00,3.00,1.00,0.30,4.00,1200,",
                "A2,2025-12-20 11:00:00,东湖店,美团闪购,可乐,,1,3.00,3.00,1.00,0.30,4.00,3500,",
                "A3,2025-12-20 12:00:00,东湖店,美团闪购,可乐,,1,3.00,3.00,1.00,0.30,4.00,800,"));

        assertThat(result.files().get(0).distanceUnit()).isEqualTo("M");
        assertThat(result.warningCounts()).doesNotContainKey(ImportCode.DISTANCE_CONVERTED_FROM_KM);
        assertThat(stored("1 = 1")).extracting(r -> r.get("distance_m")).containsExactly(1200, 3500, 800);
    }

    @Test
    void distances_are_kilometres_when_the_file_median_is_at_most_fifty() throws IOException {
        ImportResult result = strict(file("km.csv",
                "A1,2025-12-20 10:00:00,东湖店,美团闪购,可乐,,1,3.00,3.00,1.00,0.30,4.00,1.2,",
                "A2,2025-12-20 11:00:00,东湖店,美团闪购,可乐,,1,3.00,3.00,1.00,0.30,4.00,3.5,",
                "A3,2025-12-20 12:00:00,东湖店,美团闪购,可乐,,1,3.00,3.00,1.00,0.30,4.00,0.8,"));

        assertThat(result.files().get(0).distanceUnit()).isEqualTo("KM");
        assertThat(result.files().get(0).distanceMedian()).isEqualByComparingTo("1.2");
        assertThat(result.warningCounts()).containsEntry(ImportCode.DISTANCE_CONVERTED_FROM_KM, 1);
        assertThat(stored("1 = 1")).extracting(r -> r.get("distance_m")).containsExactly(1200, 3500, 800);
    }

    // --- encodings and formats --------------------------------------------------------------------------

    @Test
    void gb18030_and_utf8_with_bom_files_read_the_same_chinese_text() throws IOException {
        String row = line("A1", "2025-12-20 10:00:00", "星河便利（东湖店）", "农夫山泉 550ml", "1", "2.00");
        Path gbk = OrderFiles.csv(dir, "gb.csv", Charset.forName("GB18030"), false, OrderFiles.HEADER, row);
        Path bom = OrderFiles.csv(dir, "bom.csv", java.nio.charset.StandardCharsets.UTF_8, true, OrderFiles.HEADER,
                line("A2", "2025-12-20 11:00:00", "星河便利（东湖店）", "农夫山泉 550ml", "1", "2.00"));

        ImportResult result = strict(gbk, bom);

        assertThat(result.status()).isEqualTo(Status.IMPORTED);
        assertThat(result.files()).extracting(ImportResult.FileInfo::encoding).containsExactly("GB18030", "UTF-8-BOM");
        assertThat(stored("1 = 1")).extracting(r -> r.get("store_name") + "/" + r.get("product_name"))
                .containsOnly("星河便利（东湖店）/农夫山泉 550ml");
    }

    @Test
    void an_xlsx_export_with_a_title_row_numeric_ids_and_date_cells_is_read_like_its_csv() throws IOException {
        Path xlsx = OrderFiles.xlsx(dir, "美团_1220.xlsx", List.of(
                new Object[] {"美团闪购订单导出 2025-12-20"},
                new Object[] {"订单号", "下单时间", "门店", "商品名称", "销量", "售价", "成本", "配送距离"},
                new Object[] {2260687313.0, new OrderFiles.DateCell(java.time.LocalDateTime.of(2025, 12, 20, 10, 15, 30)),
                    "东湖店", "可乐", 2, 3.5, 2.2, 1800},
                new Object[] {2260687314.0, "2025/12/20 11:00", "东湖店", "雪碧", 1, 12.300000000000001, 0, 2500}));

        ImportResult result = strict(xlsx);

        assertThat(result.status()).isEqualTo(Status.IMPORTED);
        assertThat(result.files().get(0).format()).isEqualTo("XLSX");
        assertThat(result.files().get(0).headerRow()).isEqualTo(2);
        List<Map<String, Object>> rows = stored("1 = 1");
        assertThat(rows).extracting(r -> r.get("order_id")).containsExactly("2260687313", "2260687314");
        assertThat(rows.get(0).get("order_time").toString()).startsWith("2025-12-20 10:15:30");
        assertThat(new java.math.BigDecimal(rows.get(1).get("sale_price").toString())).isEqualByComparingTo("12.3");
        assertThat(result.warningCounts()).doesNotContainKey(ImportCode.VALUE_ROUNDED);
        assertThat(rows).extracting(r -> r.get("distance_m")).containsExactly(1800, 2500);
    }

    // --- file-level problems ---------------------------------------------------------------------------

    @Test
    void files_that_cannot_be_imported_are_refused_with_a_file_level_reason() throws IOException {
        assertFileRejected(OrderFiles.csv(dir, "empty.csv", OrderFiles.HEADER), ImportCode.FILE_EMPTY);
        assertFileRejected(OrderFiles.csv(dir, "blank.csv", "", ""), ImportCode.FILE_EMPTY);
        assertFileRejected(OrderFiles.csv(dir, "notes.txt", "hello"), ImportCode.FILE_FORMAT_UNSUPPORTED);
        assertFileRejected(OrderFiles.csv(dir, "old.xls", "x"), ImportCode.FILE_FORMAT_UNSUPPORTED);
        assertFileRejected(OrderFiles.csv(dir, "fake.xlsx", "not a zip"), ImportCode.FILE_FORMAT_UNSUPPORTED);
        assertFileRejected(OrderFiles.csv(dir, "random.csv", "a,b,c", "1,2,3"), ImportCode.HEADER_NOT_FOUND);
        ImportResult missing = strict(OrderFiles.csv(dir, "noqty.csv", "订单ID,日期,门店名称,商品名称,实收价格",
                "A1,2025-12-20 10:00:00,东湖店,可乐,3.00"));
        assertThat(missing.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ImportCode.REQUIRED_COLUMN_MISSING);
            assertThat(e.args()).containsExactly("月售");
        });
        ImportResult undecodable = strict(writeBytes("broken.csv", new byte[] {'a', (byte) 0x81, (byte) 0x20, '\n'}));
        assertThat(undecodable.errors()).extracting(ImportProblem::code).containsExactly(ImportCode.ENCODING_UNDETECTABLE);
        assertThat(storedLines()).isZero();
    }

    @Test
    void one_unreadable_file_rejects_the_whole_batch() throws IOException {
        Path good = file("good.csv", line("A1", "2025-12-20 10:00:00", "东湖店", "可乐", "1", "3.00"));
        Path bad = OrderFiles.csv(dir, "bad.csv", "x,y", "1,2");

        ImportResult result = strict(good, bad);

        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(storedLines()).isZero();
    }

    @Test
    void every_import_is_written_to_the_history() throws IOException {
        strict(file("ok.csv", line("A1", "2025-12-20 10:00:00", "东湖店", "可乐", "1", "3.00")));
        strict(file("bad.csv", line("A2", "2025-12-20 10:00:00", "东湖店", "可乐", "-1", "3.00")));

        List<ImportHistoryEntry> history = importer.history(10);

        assertThat(history).hasSize(2);
        assertThat(history).extracting(ImportHistoryEntry::status).containsExactlyInAnyOrder("IMPORTED", "REJECTED");
        ImportHistoryEntry ok = history.stream().filter(h -> h.status().equals("IMPORTED")).findFirst().orElseThrow();
        assertThat(ok.fileNames()).isEqualTo("ok.csv");
        assertThat(ok.stores()).isEqualTo("东湖店");
        assertThat(ok.dateFrom()).isEqualTo(java.time.LocalDate.of(2025, 12, 20));
        assertThat(ok.rowsImported()).isEqualTo(1);
        assertThat(ok.user()).isEqualTo("test");
    }

    private void assertFileRejected(Path file, ImportCode code) {
        ImportResult result = strict(file);
        assertThat(result.status()).as(file.getFileName().toString()).isEqualTo(Status.REJECTED);
        assertThat(result.errors()).as(file.getFileName().toString()).extracting(ImportProblem::code).containsExactly(code);
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        java.nio.file.Files.write(file, bytes);
        return file;
    }
}
