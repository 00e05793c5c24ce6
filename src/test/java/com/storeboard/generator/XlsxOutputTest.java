package com.storeboard.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX output (DATA.md §5.8): one sheet per file, the same content and header variants as the CSV files. */
class XlsxOutputTest {

    static final GeneratorParameters SMALL = GeneratorParameters.defaults().withOrdersPerStoreDay(150)
            .withSkusPerStore(200);
    static java.util.Map<Path, List<List<String>>> read = new java.util.HashMap<>();

    @TempDir
    static Path xlsx;
    @TempDir
    static Path xlsxAgain;
    @TempDir
    static Path csv;

    @BeforeAll
    static void generate() {
        DemoDataGenerator generator = new DemoDataGenerator(Clock.systemUTC());
        generator.writeFiles(SMALL.withFormat(GeneratorParameters.Format.XLSX), xlsx);
        generator.writeFiles(SMALL.withFormat(GeneratorParameters.Format.XLSX), xlsxAgain);
        generator.writeFiles(SMALL, csv);
    }

    @Test
    void the_xlsx_files_have_one_sheet_and_the_same_cells_when_generated_twice() throws IOException {
        String name = "demo_3_20251022-20251220.xlsx";
        assertThat(cells(xlsx.resolve(name))).isEqualTo(cells(xlsxAgain.resolve(name)));
    }

    @Test
    void the_xlsx_cells_hold_the_csv_values_with_numbers_as_numeric_cells() throws IOException {
        for (int store = 1; store <= 3; store++) {
            List<List<String>> cells = cells(xlsx.resolve("demo_" + store + "_20251022-20251220.xlsx"));
            String text = WrittenRows.decode(csv.resolve("demo_" + store + "_20251022-20251220.csv"));
            List<List<String>> records = new ArrayList<>();
            try (var parser = org.apache.commons.csv.CSVParser.parse(text, org.apache.commons.csv.CSVFormat.RFC4180)) {
                parser.forEach(r -> records.add(r.toList()));
            }
            assertThat(cells).hasSameSizeAs(records);
            assertThat(cells.get(0)).isEqualTo(records.get(0));
            for (int r = 1; r < records.size(); r += 97) {
                List<String> expected = records.get(r);
                List<String> actual = cells.get(r);
                for (int c = 0; c < expected.size(); c++) {
                    String e = expected.get(c);
                    String a = actual.get(c);
                    if (e.matches("-?\\d+\\.\\d+") && !a.isEmpty()) {
                        assertThat(new BigDecimal(a)).as("row %d column %d", r, c).isEqualByComparingTo(e);
                    } else {
                        assertThat(a).as("row %d column %d", r, c).isEqualTo(e);
                    }
                }
            }
        }
    }

    /** Every row as text: numeric cells as plain decimals, missing cells as "". */
    static List<List<String>> cells(Path file) throws IOException {
        if (read.containsKey(file)) {
            return read.get(file);
        }
        List<List<String>> rows = new ArrayList<>();
        read.put(file, rows);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        values.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        values.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros()
                                .toPlainString());
                    } else {
                        values.add(cell.getStringCellValue());
                    }
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
