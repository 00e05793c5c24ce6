package com.storeboard.importing;

import java.util.Comparator;
import java.util.List;

/**
 * A problem found in an upload. Row problems name the file, the physical row, the column as the file
 * spells it and the raw value (DATA.md §4.8); file problems leave row and column empty.
 *
 * @param fileIndex  position of the file in the batch, for sorting
 * @param column     header text as in the file; {@code null} for a file-level problem
 * @param columnIndex position of the column, for sorting; -1 when there is none
 * @param args       values for the message text
 */
public record ImportProblem(String file, int fileIndex, int row, String column, int columnIndex, String value,
        ImportCode code, List<String> args) {

    public static final Comparator<ImportProblem> ORDER = Comparator.comparingInt(ImportProblem::fileIndex)
            .thenComparingInt(ImportProblem::row).thenComparingInt(ImportProblem::columnIndex)
            .thenComparing(p -> p.code().name());

    public ImportProblem {
        args = List.copyOf(args);
        if (value != null && value.length() > 200) {
            value = value.substring(0, 200);
        }
    }

    static ImportProblem file(String file, int fileIndex, ImportCode code, String... args) {
        return new ImportProblem(file, fileIndex, 0, null, -1, null, code, List.of(args));
    }

    boolean isRowProblem() {
        return row > 0;
    }
}
