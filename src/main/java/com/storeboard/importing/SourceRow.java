package com.storeboard.importing;

import java.util.List;

/**
 * One row of a file: its physical number as a spreadsheet shows it (CSV: the 1-based record number) and its
 * cells by column position; missing trailing cells are blank.
 */
record SourceRow(int number, List<SourceCell> cells) {

    SourceCell cell(int column) {
        return column < cells.size() ? cells.get(column) : SourceCell.BLANK;
    }

    boolean isBlank() {
        return cells.stream().allMatch(SourceCell::isBlank);
    }
}
