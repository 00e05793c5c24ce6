package com.storeboard.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read as a stream of records (DATA.md §4.1): UTF-8 with BOM, strict UTF-8, else strict GB18030;
 * the delimiter among , TAB ; that recognises the most headers (ties: comma).
 */
final class CsvSheetSource implements SheetSource {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final char[] DELIMITERS = {',', '\t', ';'};
    private static final int PREFIX_CHARS = 256 * 1024;

    private final CountingInputStream counter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String encoding;
    private final long size;

    private CsvSheetSource(CountingInputStream counter, CSVParser parser, String encoding, long size) {
        this.counter = counter;
        this.size = size;
        this.parser = parser;
        this.records = parser.iterator();
        this.encoding = encoding;
    }

    /**
     * Opens a CSV file. {@code forcedEncoding} ("UTF-8" or "GB18030") skips detection, as an API caller may ask.
     */
    static CsvSheetSource open(Path file, String forcedEncoding, int headerSearchRows, boolean storeNameSupplied) {
        try {
            String encoding = forcedEncoding != null ? forcedEncoding.toUpperCase(java.util.Locale.ROOT) : detectEncoding(file);
            boolean bom = encoding.equals("UTF-8-BOM") || (forcedEncoding != null && startsWithBom(file));
            Charset charset = encoding.equals("GB18030") ? GB18030 : StandardCharsets.UTF_8;
            char delimiter = detectDelimiter(file, charset, bom, headerSearchRows, storeNameSupplied);
            CountingInputStream counter = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            if (bom) {
                counter.skipNBytes(3);
            }
            Reader reader = new InputStreamReader(counter, strict(charset));
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(delimiter)).get();
            return new CsvSheetSource(counter, parser, encoding, Files.size(file));
        } catch (IOException e) {
            throw new FileRejected(ImportCode.FILE_UNREADABLE, e.getMessage());
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setLenientEof(true).setTrailingData(true).setAllowMissingColumnNames(true).get();
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
    }

    /** UTF-8 with BOM; else UTF-8 if the whole file decodes strictly; else GB18030 (checked while reading). */
    static String detectEncoding(Path file) throws IOException {
        if (startsWithBom(file)) {
            return "UTF-8-BOM";
        }
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 15];
            int n;
            while ((n = stream.read(chunk)) > 0) {
                in.put(chunk, 0, n);
                in.flip();
                CoderResult result = decoder.decode(in, out, false);
                if (result.isError()) {
                    return "GB18030";
                }
                in.compact();
                out.clear();
            }
            in.flip();
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError() || in.hasRemaining() || decoder.flush(out).isError()) {
                return "GB18030";
            }
        }
        return "UTF-8";
    }

    private static char detectDelimiter(Path file, Charset charset, boolean bom, int headerSearchRows,
            boolean storeNameSupplied) throws IOException {
        String prefix;
        try (InputStream in = Files.newInputStream(file)) {
            if (bom) {
                in.skipNBytes(3);
            }
            byte[] bytes = in.readNBytes(PREFIX_CHARS * 2);
            prefix = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FileRejected(ImportCode.ENCODING_UNDETECTABLE);
        }
        char best = ',';
        int bestCount = -1;
        for (char delimiter : DELIMITERS) {
            List<SourceRow> rows = new ArrayList<>();
            try (CSVParser parser = CSVParser.builder().setReader(new StringReader(prefix)).setFormat(format(delimiter)).get()) {
                for (CSVRecord record : parser) {
                    rows.add(toRow(record));
                    if (rows.size() >= headerSearchRows) {
                        break;
                    }
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                // this delimiter does not make sense of the file; another one may
            }
            int count = HeaderLocator.bestRecognisedCount(rows, storeNameSupplied);
            if (count > bestCount) {
                best = delimiter;
                bestCount = count;
            }
        }
        return best;
    }

    private static SourceRow toRow(CSVRecord record) {
        List<SourceCell> cells = new ArrayList<>(record.size());
        for (String value : record) {
            cells.add(new SourceCell.Text(value));
        }
        return new SourceRow((int) record.getRecordNumber(), cells);
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw translate(e);
        }
    }

    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        try {
            return toRow(records.next());
        } catch (UncheckedIOException e) {
            throw translate(e);
        }
    }

    private FileRejected translate(UncheckedIOException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof CharacterCodingException)) {
            cause = cause.getCause();
        }
        if (cause != null) {
            return new FileRejected(ImportCode.ENCODING_UNDETECTABLE);
        }
        return new FileRejected(ImportCode.FILE_UNREADABLE, String.valueOf(e.getMessage()));
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public String encoding() {
        return encoding;
    }

    @Override
    public double progress() {
        return size == 0 ? 1 : Math.min(1, counter.count() / (double) size);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
