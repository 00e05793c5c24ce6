package com.storeboard.generator;

import com.storeboard.orders.OrderLine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the generated rows as XLSX files with one sheet each, streaming through SXSSF (100 rows in memory).
 * Same content, headers and kilometres as the CSV files. Identifiers and texts are text cells; 日期 is a text cell
 * yyyy-MM-dd HH:mm:ss (exact, no serial-date rounding); money, 月售, 库存 and 配送距离 are numeric cells; blank
 * values have no cell.
 */
final class XlsxFileSink implements GeneratedLineSink, FileSink {

    static final String SHEET = "订单明细";

    private final Path directory;
    private final List<Path> written = new ArrayList<>();
    private SXSSFWorkbook workbook;
    private SXSSFSheet sheet;
    private StoreFormat format;
    private int rowNumber;

    XlsxFileSink(Path directory) {
        this.directory = directory;
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void startFile(int storeIndex, String storeName, LocalDate firstDate) {
        format = StoreFormat.of(storeIndex);
        workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(SHEET);
        Row header = sheet.createRow(0);
        String[] headers = format.headers();
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
        }
        rowNumber = 1;
    }

    @Override
    public void writeDay(LocalDate date, List<OrderLine> lines) {
        Column[] columns = Column.values();
        for (OrderLine line : lines) {
            Row row = sheet.createRow(rowNumber++);
            for (int i = 0; i < columns.length; i++) {
                Object value = columns[i].value(line);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                switch (columns[i].kind()) {
                    case TEXT -> cell.setCellValue((String) value);
                    case DATE_TIME -> cell.setCellValue(CsvFileSink.dateTime((LocalDateTime) value));
                    case INTEGER -> cell.setCellValue((Integer) value);
                    case MONEY, STOCK -> cell.setCellValue(((BigDecimal) value).doubleValue());
                    case DISTANCE -> cell.setCellValue(format.kilometres()
                            ? BigDecimal.valueOf((Integer) value, 3).doubleValue() : (Integer) value);
                }
            }
        }
    }

    @Override
    public void finishFile(OutputFile file) {
        Path target = directory.resolve(file.name());
        try (OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target, e);
        } finally {
            close();
        }
        written.add(target);
    }

    @Override
    public void discard() {
        close();
        try {
            for (Path path : written) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the files of a failed generation", e);
        }
    }

    private void close() {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not release the temporary files of an XLSX file", e);
            }
            workbook = null;
            sheet = null;
        }
    }
}
