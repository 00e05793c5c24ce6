package com.storeboard.generator;

import com.storeboard.orders.OrderLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the generated rows as CSV files (RFC 4180, CRLF, DATA.md §5.8): money with 2 decimals, dates
 * yyyy-MM-dd HH:mm:ss, blank values as empty fields, in the store's encoding and header variant. A file is written
 * under a temporary name and renamed when its last date is known.
 */
final class CsvFileSink implements GeneratedLineSink, FileSink {

    private final Path directory;
    private final List<Path> written = new ArrayList<>();
    private Path partial;
    private CSVPrinter printer;
    private StoreFormat format;
    private final String[] values = new String[Column.values().length];

    CsvFileSink(Path directory) {
        this.directory = directory;
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void startFile(int storeIndex, String storeName, LocalDate firstDate) {
        format = StoreFormat.of(storeIndex);
        partial = directory.resolve("demo_" + storeIndex + "_" + firstDate + ".csv.partial");
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                    format.charset()), 1 << 16);
            if (format.bom()) {
                writer.write('\uFEFF');
            }
            printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord((Object[]) format.headers());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + partial, e);
        }
    }

    @Override
    public void writeDay(LocalDate date, List<OrderLine> lines) {
        Column[] columns = Column.values();
        try {
            for (OrderLine line : lines) {
                for (int i = 0; i < columns.length; i++) {
                    values[i] = text(columns[i], line, format.kilometres());
                }
                printer.printRecord((Object[]) values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + partial, e);
        }
    }

    @Override
    public void finishFile(OutputFile file) {
        Path target = directory.resolve(file.name());
        try {
            printer.close(true);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target, e);
        }
        written.add(target);
        printer = null;
        partial = null;
    }

    @Override
    public void discard() {
        try {
            if (printer != null) {
                printer.close();
            }
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
            for (Path path : written) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the files of a failed generation", e);
        }
    }

    static String text(Column column, OrderLine line, boolean kilometres) {
        Object value = column.value(line);
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case TEXT -> (String) value;
            case DATE_TIME -> dateTime((LocalDateTime) value);
            case INTEGER -> Integer.toString((Integer) value);
            case MONEY, STOCK -> ((BigDecimal) value).toPlainString();
            case DISTANCE -> kilometres ? BigDecimal.valueOf((Integer) value, 3).setScale(2).toPlainString()
                    : Integer.toString((Integer) value);
        };
    }

    /** yyyy-MM-dd HH:mm:ss without a formatter (ten million rows). */
    static String dateTime(LocalDateTime t) {
        char[] c = new char[19];
        put(c, 0, t.getYear(), 4);
        c[4] = '-';
        put(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        put(c, 8, t.getDayOfMonth(), 2);
        c[10] = ' ';
        put(c, 11, t.getHour(), 2);
        c[13] = ':';
        put(c, 14, t.getMinute(), 2);
        c[16] = ':';
        put(c, 17, t.getSecond(), 2);
        return new String(c);
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            c[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
