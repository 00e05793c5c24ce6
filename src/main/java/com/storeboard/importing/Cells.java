package com.storeboard.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/** Parsing of cell values (DATA.md §4.3). Each method returns a value or names the problem. */
final class Cells {

    private static final Set<String> BLANK_TOKENS = Set.of("", "-", "--", "—", "n/a", "null");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$");
    private static final Pattern SCIENTIFIC_ID = Pattern.compile("^\\d+(\\.\\d+)?[eE][+-]?\\d+$");
    private static final Pattern DATE_TIME = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2}) (\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.\\d{1,9})?)?$");
    private static final Pattern DATE_T_TIME = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})T(\\d{1,2}):(\\d{1,2}):(\\d{1,2})$");
    private static final Pattern SLASH_TIME = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2}) (\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?$");
    private static final Pattern CJK_TIME = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日 ?(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?$");
    private static final Pattern DATE_ONLY = Pattern.compile("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})$");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern CJK_DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
    /** Money beyond this cannot be a store's amount, and would not fit NUMERIC(18,4). */
    static final BigDecimal MONEY_LIMIT = new BigDecimal("100000000000000");
    static final BigDecimal STOCK_LIMIT = new BigDecimal("100000000000");

    private Cells() {
    }

    /** A parsed value, or the code of what is wrong with the cell. {@code value == null && code == null}: blank. */
    record Parsed<T>(T value, ImportCode code, boolean rounded) {
        static <T> Parsed<T> of(T value) {
            return new Parsed<>(value, null, false);
        }

        static <T> Parsed<T> blank() {
            return new Parsed<>(null, null, false);
        }

        static <T> Parsed<T> error(ImportCode code) {
            return new Parsed<>(null, code, false);
        }

        boolean ok() {
            return code == null;
        }
    }

    /** A number as exact decimal; XLSX numbers are rounded to 4 places silently (binary artefacts). */
    static Parsed<BigDecimal> number(SourceCell cell) {
        if (cell instanceof SourceCell.Number n) {
            if (Double.isNaN(n.value()) || Double.isInfinite(n.value())) {
                return Parsed.error(ImportCode.NUMBER_UNPARSABLE);
            }
            return Parsed.of(BigDecimal.valueOf(n.value()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros());
        }
        if (cell instanceof SourceCell.Bool) {
            return Parsed.error(ImportCode.NUMBER_UNPARSABLE);
        }
        String text = Texts.nfkc(cell.raw());
        if (text == null || BLANK_TOKENS.contains(text.toLowerCase(Locale.ROOT))) {
            return Parsed.blank();
        }
        if (text.startsWith("¥")) {
            text = text.substring(1);
        }
        if (text.indexOf(',') >= 0) {
            text = text.replace(",", "");
        }
        if (!isSimpleDecimal(text) && !NUMBER.matcher(text).matches()) {
            return Parsed.error(ImportCode.NUMBER_UNPARSABLE);
        }
        try {
            return Parsed.of(new BigDecimal(text));
        } catch (NumberFormatException | ArithmeticException e) {
            return Parsed.error(ImportCode.NUMBER_UNPARSABLE);
        }
    }

    /** Digits with at most one point and an optional sign: most cells, checked without a regex. */
    private static boolean isSimpleDecimal(String text) {
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        boolean digit = false;
        boolean point = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    /** Money: at most 4 decimals, more are rounded HALF_UP with a warning (text cells only). */
    static Parsed<BigDecimal> money(SourceCell cell) {
        Parsed<BigDecimal> parsed = number(cell);
        if (!parsed.ok() || parsed.value() == null) {
            return parsed;
        }
        BigDecimal value = parsed.value();
        if (value.abs().compareTo(MONEY_LIMIT) >= 0) {
            return Parsed.error(ImportCode.VALUE_TOO_LARGE);
        }
        if (value.scale() > 4) {
            return new Parsed<>(value.setScale(4, RoundingMode.HALF_UP), null, !(cell instanceof SourceCell.Number));
        }
        return parsed;
    }

    /** Stock: at most 3 decimals, any sign. */
    static Parsed<BigDecimal> stock(SourceCell cell) {
        Parsed<BigDecimal> parsed = number(cell);
        if (!parsed.ok() || parsed.value() == null) {
            return parsed;
        }
        if (parsed.value().abs().compareTo(STOCK_LIMIT) >= 0) {
            return Parsed.error(ImportCode.VALUE_TOO_LARGE);
        }
        if (parsed.value().scale() > 3) {
            return new Parsed<>(parsed.value().setScale(3, RoundingMode.HALF_UP), null, !(cell instanceof SourceCell.Number));
        }
        return parsed;
    }

    /** Quantity: an integer value ({@code 2.0} is 2), never negative. */
    static Parsed<Integer> quantity(SourceCell cell) {
        Parsed<BigDecimal> parsed = number(cell);
        if (!parsed.ok() || parsed.value() == null) {
            return Parsed.error(parsed.ok() ? null : parsed.code());
        }
        BigDecimal value = parsed.value();
        if (value.signum() < 0) {
            return Parsed.error(ImportCode.QUANTITY_NEGATIVE);
        }
        if (value.stripTrailingZeros().scale() > 0) {
            return Parsed.error(ImportCode.QUANTITY_NOT_INTEGER);
        }
        if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return Parsed.error(ImportCode.VALUE_TOO_LARGE);
        }
        return Parsed.of(value.intValueExact());
    }

    /** Identifier text; XLSX numbers become plain integer text; scientific notation is damage. */
    static Parsed<String> identifier(SourceCell cell) {
        if (cell instanceof SourceCell.Number n) {
            return Parsed.of(BigDecimal.valueOf(n.value()).stripTrailingZeros().toPlainString());
        }
        String text = Texts.identifier(cell.raw());
        if (text == null) {
            return Parsed.blank();
        }
        if (SCIENTIFIC_ID.matcher(text).matches()) {
            return Parsed.error(ImportCode.ID_SCIENTIFIC_NOTATION);
        }
        return Parsed.of(text);
    }

    /**
     * Date and time. XLSX numeric cells are Excel serial dates (1900 or 1904 system), rounded to the second;
     * text follows the patterns of §4.3 (fractions of a second are dropped).
     */
    static Parsed<LocalDateTime> dateTime(SourceCell cell, boolean date1904) {
        if (cell instanceof SourceCell.Number n) {
            if (!DateUtil.isValidExcelDate(n.value())) {
                return Parsed.error(ImportCode.DATE_UNPARSABLE);
            }
            LocalDateTime value = DateUtil.getLocalDateTime(n.value(), date1904, true);
            return value == null ? Parsed.error(ImportCode.DATE_UNPARSABLE) : inRange(value);
        }
        String text = Texts.nfkc(cell.raw());
        if (text == null) {
            return Parsed.blank();
        }
        for (Pattern pattern : new Pattern[] {DATE_TIME, DATE_T_TIME, SLASH_TIME, CJK_TIME}) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
            }
        }
        for (Pattern pattern : new Pattern[] {DATE_ONLY, COMPACT_DATE, CJK_DATE}) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                if (pattern == DATE_ONLY && !sameSeparator(text)) {
                    return Parsed.error(ImportCode.DATE_UNPARSABLE);
                }
                return build(m.group(1), m.group(2), m.group(3), "0", "0", "0");
            }
        }
        return Parsed.error(ImportCode.DATE_UNPARSABLE);
    }

    private static boolean sameSeparator(String text) {
        return text.indexOf('-') < 0 || text.indexOf('/') < 0;
    }

    private static Parsed<LocalDateTime> build(String y, String mo, String d, String h, String mi, String s) {
        try {
            LocalDateTime value = LocalDateTime.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)),
                    java.time.LocalTime.of(Integer.parseInt(h), Integer.parseInt(mi), s == null ? 0 : Integer.parseInt(s)));
            return inRange(value);
        } catch (DateTimeException | NumberFormatException e) {
            return Parsed.error(ImportCode.DATE_UNPARSABLE);
        }
    }

    private static Parsed<LocalDateTime> inRange(LocalDateTime value) {
        int year = value.getYear();
        return year < 2000 || year > 2099 ? Parsed.error(ImportCode.DATE_OUT_OF_RANGE) : Parsed.of(value);
    }
}
