package com.storeboard.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small hand-written order files for tests: CSV in any encoding, XLSX with typed cells. */
final class OrderFiles {

    /** A header with the required columns and a few optional ones, in canonical Chinese. */
    static final String HEADER = "订单ID,日期,门店名称,渠道,商品名称,店内码,月售,商品实售价,实收价格,商品采购成本,平台服务费,物流配送费,配送距离,库存";

    private OrderFiles() {
    }

    static Path csv(Path dir, String name, String... lines) throws IOException {
        return csv(dir, name, StandardCharsets.UTF_8, false, lines);
    }

    static Path csv(Path dir, String name, Charset charset, boolean bom, String... lines) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write((String.join("\r\n", lines) + "\r\n").getBytes(charset));
        }
        return file;
    }

    /**
     * An XLSX file whose rows are given as values: String → text cell, Number → numeric cell,
     * {@link DateCell} → date-formatted numeric cell (Excel serial), null → no cell.
     */
    static Path xlsx(Path dir, String name, List<Object[]> rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("订单");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                Object[] values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    Object v = values[c];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof DateCell d) {
                        cell.setCellValue(d.value());
                        cell.setCellStyle(dateStyle);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** A date-formatted cell in an XLSX test file. */
    record DateCell(java.time.LocalDateTime value) {
    }
}
