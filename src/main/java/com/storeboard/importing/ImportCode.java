package com.storeboard.importing;

/**
 * Every code the importer reports (DATA.md §4.5–§4.7), with its level. The texts are in the message bundle
 * under {@code import.code.<CODE>} (Chinese and English).
 */
public enum ImportCode {
    // row errors (§4.5)
    REQUIRED_MISSING(Level.ERROR),
    PRICE_MISSING(Level.ERROR),
    NUMBER_UNPARSABLE(Level.ERROR),
    DATE_UNPARSABLE(Level.ERROR),
    DATE_OUT_OF_RANGE(Level.ERROR),
    QUANTITY_NEGATIVE(Level.ERROR),
    QUANTITY_NOT_INTEGER(Level.ERROR),
    VALUE_NEGATIVE(Level.ERROR),
    TEXT_TOO_LONG(Level.ERROR),
    ID_SCIENTIFIC_NOTATION(Level.ERROR),
    ORDER_DATE_CONFLICT(Level.ERROR),
    ORDER_ID_EXISTS_ON_OTHER_DATE(Level.ERROR),
    ORDER_HAS_INVALID_LINE(Level.ERROR),
    // Storeboard's own guards against absurd values (the spec leaves them open)
    DATE_IN_FUTURE(Level.ERROR),
    PRICE_TOO_HIGH(Level.ERROR),
    VALUE_TOO_LARGE(Level.ERROR),
    // file errors (§4.6)
    FILE_FORMAT_UNSUPPORTED(Level.FILE),
    ENCODING_UNDETECTABLE(Level.FILE),
    FILE_EMPTY(Level.FILE),
    HEADER_NOT_FOUND(Level.FILE),
    REQUIRED_COLUMN_MISSING(Level.FILE),
    FILE_TOO_LARGE(Level.FILE),
    TOO_MANY_FILES(Level.FILE),
    FILE_UNREADABLE(Level.FILE),
    // warnings and infos (§4.7)
    ORDER_FIELD_CONFLICT(Level.WARNING),
    DUPLICATE_COLUMN(Level.WARNING),
    VALUE_ROUNDED(Level.WARNING),
    /** Two identical lines in one order: kept as two lines (ordinals 1, 2, §1.4), but worth a look. */
    DUPLICATE_LINE(Level.WARNING),
    EXTRA_SHEETS_IGNORED(Level.INFO),
    DISTANCE_CONVERTED_FROM_KM(Level.INFO),
    SUMMARY_ROW_SKIPPED(Level.INFO),
    PARTITION_UNCHANGED(Level.INFO);

    public enum Level { ERROR, FILE, WARNING, INFO }

    private final Level level;

    ImportCode(Level level) {
        this.level = level;
    }

    public Level level() {
        return level;
    }

    public String messageKey() {
        return "import.code." + name();
    }
}
