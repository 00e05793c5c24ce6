package com.storeboard.importing;

/** One cell as a file holds it, before any interpretation. CSV files only have text cells. */
sealed interface SourceCell {

    /** The text shown in error reports. */
    String raw();

    boolean isBlank();

    record Text(String raw) implements SourceCell {
        @Override
        public boolean isBlank() {
            return Texts.trimToNull(raw) == null;
        }
    }

    /** An XLSX numeric cell: its stored value, and whether its format is a date format. */
    record Number(double value, boolean dateFormatted) implements SourceCell {
        @Override
        public String raw() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }

        @Override
        public boolean isBlank() {
            return false;
        }
    }

    record Bool(boolean value) implements SourceCell {
        @Override
        public String raw() {
            return value ? "TRUE" : "FALSE";
        }

        @Override
        public boolean isBlank() {
            return false;
        }
    }

    Text BLANK = new Text(null);
}
