package com.storeboard.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The first visible worksheet of an XLSX file, read as a stream of rows with a pull parser (DATA.md §4.1):
 * numbers keep their stored value and say whether they are date-formatted, formulas give their cached
 * value, merged cells repeat their top-left value. Only the shared strings are held in memory.
 */
final class XlsxSheetSource implements SheetSource {

    private static final XMLInputFactory XML = secureFactory();

    private final OPCPackage pkg;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final boolean date1904;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final List<CellRangeAddress> merges;
    private final Map<CellRangeAddress, SourceCell> mergedValues = new HashMap<>();
    private final List<String> notices;
    private final int lastRow;
    private SourceRow next;
    private int rowsRead;

    private XlsxSheetSource(OPCPackage pkg, ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904,
            InputStream sheet, List<CellRangeAddress> merges, List<String> notices, int lastRow) throws XMLStreamException {
        this.pkg = pkg;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.sheet = sheet;
        this.xml = XML.createXMLStreamReader(sheet);
        this.merges = merges;
        this.notices = notices;
        this.lastRow = lastRow;
    }

    static XlsxSheetSource open(Path file) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | IllegalArgumentException e) { // includes NotOfficeXmlFileException
            throw new FileRejected(ImportCode.FILE_FORMAT_UNSUPPORTED, file.getFileName().toString());
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            Workbook workbook = readWorkbook(reader);
            if (workbook.firstVisibleSheetId() == null) {
                throw new FileRejected(ImportCode.FILE_EMPTY);
            }
            List<String> notices = workbook.sheetCount() > 1 ? List.of(ImportCode.EXTRA_SHEETS_IGNORED.name()) : List.of();
            SheetScan scan;
            try (InputStream in = reader.getSheet(workbook.firstVisibleSheetId())) {
                scan = scanSheet(in);
            }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            return new XlsxSheetSource(pkg, strings, reader.getStylesTable(), workbook.date1904(),
                    reader.getSheet(workbook.firstVisibleSheetId()), scan.merges(), notices, scan.lastRow());
        } catch (IOException | OpenXML4JException | XMLStreamException | org.xml.sax.SAXException
                | org.apache.poi.ooxml.POIXMLException e) {
            pkg.revert();
            throw new FileRejected(ImportCode.FILE_FORMAT_UNSUPPORTED, file.getFileName().toString());
        } catch (RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private record Workbook(String firstVisibleSheetId, int sheetCount, boolean date1904) {
    }

    private static Workbook readWorkbook(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
        String first = null;
        int count = 0;
        boolean date1904 = false;
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if ("workbookPr".equals(x.getLocalName())) {
                    String value = x.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                } else if ("sheet".equals(x.getLocalName())) {
                    count++;
                    String state = x.getAttributeValue(null, "state");
                    String id = relationId(x);
                    if (first == null && (state == null || "visible".equals(state))) {
                        first = id;
                    }
                }
            }
            x.close();
        }
        return new Workbook(first, count, date1904);
    }

    private static String relationId(XMLStreamReader x) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if ("id".equals(x.getAttributeLocalName(i))) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    private record SheetScan(List<CellRangeAddress> merges, int lastRow) {
    }

    private static final java.util.regex.Pattern DIMENSION = java.util.regex.Pattern.compile("<(?:\\w+:)?dimension[^>]*\\sref=\"([^\"]+)\"");
    private static final java.util.regex.Pattern MERGE = java.util.regex.Pattern.compile("<(?:\\w+:)?mergeCell[^>]*\\sref=\"([^\"]+)\"");

    /**
     * Merged regions are listed after the data, so a first pass collects them. It only looks for the few tags it
     * needs in the raw bytes, which costs a fraction of parsing the sheet.
     */
    private static SheetScan scanSheet(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        String head = null;
        StringBuilder tail = null;
        byte[] marker = "mergeCells".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] carry = new byte[0];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (head == null) {
                head = new String(buffer, 0, Math.min(n, 4096), java.nio.charset.StandardCharsets.UTF_8);
            }
            if (tail != null) {
                tail.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
                continue;
            }
            byte[] window = new byte[carry.length + n];
            System.arraycopy(carry, 0, window, 0, carry.length);
            System.arraycopy(buffer, 0, window, carry.length, n);
            int at = indexOf(window, marker);
            if (at >= 0) {
                tail = new StringBuilder(new String(window, Math.max(0, at - 8), window.length - Math.max(0, at - 8),
                        java.nio.charset.StandardCharsets.UTF_8));
            } else {
                carry = java.util.Arrays.copyOfRange(window, Math.max(0, window.length - marker.length), window.length);
            }
        }
        int lastRow = 0;
        if (head != null) {
            java.util.regex.Matcher m = DIMENSION.matcher(head);
            if (m.find()) {
                String ref = m.group(1);
                lastRow = CellRangeAddress.valueOf(ref.contains(":") ? ref : ref + ":" + ref).getLastRow() + 1;
            }
        }
        List<CellRangeAddress> merges = new ArrayList<>();
        if (tail != null) {
            java.util.regex.Matcher m = MERGE.matcher(tail);
            while (m.find()) {
                merges.add(CellRangeAddress.valueOf(m.group(1)));
            }
        }
        return new SheetScan(merges, lastRow);
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The 0-based column of a cell reference such as "AB12", without CellReference's general parser. */
    static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return column - 1;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readRow();
        }
        return next != null;
    }

    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRow row = next;
        next = null;
        rowsRead++;
        return row;
    }

    private SourceRow readRow() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    String r = xml.getAttributeValue(null, "r");
                    int number = r != null ? Integer.parseInt(r) : rowsRead + 1;
                    return fillMerged(number, readCells());
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof FileRejected rejected) {
                throw rejected;
            }
            throw new FileRejected(ImportCode.FILE_UNREADABLE, String.valueOf(e.getMessage()));
        }
    }

    private List<SourceCell> readCells() throws XMLStreamException {
        List<SourceCell> cells = new ArrayList<>();
        int column = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                column = ref != null ? column(ref) : column + 1;
                SourceCell cell = readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                while (cells.size() < column) {
                    cells.add(SourceCell.BLANK);
                }
                cells.add(cell);
            }
        }
        return cells;
    }

    /** Reads the content of a {@code <c>} element up to its end tag. */
    private SourceCell readCell(String type, String style) throws XMLStreamException {
        String value = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    value = xml.getElementText();
                } else if ("t".equals(name)) {
                    if (inline == null) {
                        inline = new StringBuilder();
                    }
                    inline.append(xml.getElementText());
                }
            }
        }
        if ("inlineStr".equals(type)) {
            return new SourceCell.Text(inline == null ? null : inline.toString());
        }
        if (value == null) {
            return SourceCell.BLANK;
        }
        if (type == null || "n".equals(type)) {
            try {
                return new SourceCell.Number(Double.parseDouble(value), isDateStyle(style));
            } catch (NumberFormatException e) {
                return new SourceCell.Text(value);
            }
        }
        return switch (type) {
            case "s" -> new SourceCell.Text(strings.getItemAt(Integer.parseInt(value)).getString());
            case "b" -> new SourceCell.Bool("1".equals(value) || "true".equalsIgnoreCase(value));
            default -> new SourceCell.Text(value); // str (formula text), e (error), d (ISO date text)
        };
    }

    private boolean isDateStyle(String style) {
        if (style == null || styles == null) {
            return false;
        }
        int index = Integer.parseInt(style);
        return dateStyles.computeIfAbsent(index, i -> {
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    private SourceRow fillMerged(int number, List<SourceCell> cells) {
        int rowIndex = number - 1;
        for (CellRangeAddress region : merges) {
            if (rowIndex < region.getFirstRow() || rowIndex > region.getLastRow()) {
                continue;
            }
            int first = region.getFirstColumn();
            if (rowIndex == region.getFirstRow()) {
                mergedValues.put(region, first < cells.size() ? cells.get(first) : SourceCell.BLANK);
            }
            SourceCell value = mergedValues.getOrDefault(region, SourceCell.BLANK);
            for (int c = first; c <= region.getLastColumn(); c++) {
                if (c == first && rowIndex == region.getFirstRow()) {
                    continue;
                }
                while (cells.size() <= c) {
                    cells.add(SourceCell.BLANK);
                }
                cells.set(c, value);
            }
        }
        return new SourceRow(number, cells);
    }

    @Override
    public String format() {
        return "XLSX";
    }

    /** Whether serial dates count from 1904 (old Mac workbooks) instead of 1900. */
    boolean date1904() {
        return date1904;
    }

    @Override
    public String encoding() {
        return null;
    }

    @Override
    public double progress() {
        return lastRow <= 0 ? 0 : Math.min(1, rowsRead / (double) lastRow);
    }

    @Override
    public List<String> notices() {
        return notices;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing anyway
        }
        sheet.close();
        pkg.revert();
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
