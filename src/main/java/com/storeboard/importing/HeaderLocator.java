package com.storeboard.importing;

import java.util.List;

/** Finds the header row among the first rows of a file (DATA.md §4.2). */
final class HeaderLocator {

    /** The header row (its position among the rows given) and its mapping. */
    record Located(int position, SourceRow row, HeaderMapping mapping) {
    }

    private HeaderLocator() {
    }

    /**
     * The first row that names 订单ID, 日期, 门店名称 and 商品名称; otherwise the row with the most recognised
     * headers decides between REQUIRED_COLUMN_MISSING (≥ 3 recognised) and HEADER_NOT_FOUND. The header must
     * also name 月售 and one of 商品实售价 / 实收价格.
     */
    static Located locate(List<SourceRow> rows, boolean storeNameSupplied) {
        Located best = null;
        for (int i = 0; i < rows.size(); i++) {
            HeaderMapping mapping = HeaderMapping.of(rows.get(i));
            if (mapping.identifiesHeaderRow(storeNameSupplied)) {
                List<String> missing = mapping.missingRequired(storeNameSupplied);
                if (!missing.isEmpty()) {
                    throw new FileRejected(ImportCode.REQUIRED_COLUMN_MISSING, String.join("、", missing));
                }
                return new Located(i, rows.get(i), mapping);
            }
            if (best == null || mapping.recognisedCells() > best.mapping().recognisedCells()) {
                best = new Located(i, rows.get(i), mapping);
            }
        }
        if (best != null && best.mapping().recognisedCells() >= 3) {
            throw new FileRejected(ImportCode.REQUIRED_COLUMN_MISSING,
                    String.join("、", best.mapping().missingRequired(storeNameSupplied)));
        }
        throw new FileRejected(ImportCode.HEADER_NOT_FOUND);
    }

    /** How many headers the header row of these rows recognises (0 when none): used to pick the CSV delimiter. */
    static int bestRecognisedCount(List<SourceRow> rows, boolean storeNameSupplied) {
        int best = 0;
        for (SourceRow row : rows) {
            HeaderMapping mapping = HeaderMapping.of(row);
            if (mapping.identifiesHeaderRow(storeNameSupplied)) {
                return mapping.recognisedCells();
            }
            best = Math.max(best, mapping.recognisedCells());
        }
        return best;
    }
}
