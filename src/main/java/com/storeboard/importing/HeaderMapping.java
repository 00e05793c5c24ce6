package com.storeboard.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column holds which field (DATA.md §1.2): canonical headers win over synonyms, synonyms in their
 * order, then the English field name; for equal priority the leftmost column. Losing columns are reported
 * as DUPLICATE_COLUMN, unknown headers are listed as ignored.
 */
final class HeaderMapping {

    /** A header row found in a file. */
    record Column(Field field, int index, String header) {
    }

    private final Map<Field, Column> columns;
    private final List<Column> duplicates;
    private final List<String> ignored;
    private final int recognisedCells;

    private HeaderMapping(Map<Field, Column> columns, List<Column> duplicates, List<String> ignored, int recognisedCells) {
        this.columns = columns;
        this.duplicates = duplicates;
        this.ignored = ignored;
        this.recognisedCells = recognisedCells;
    }

    static HeaderMapping of(SourceRow row) {
        Map<Field, Column> best = new EnumMap<>(Field.class);
        Map<Field, Integer> bestPriority = new EnumMap<>(Field.class);
        List<Column> losers = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        int recognised = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            String header = Texts.nfkc(row.cell(i).raw());
            if (header == null) {
                continue;
            }
            Field match = null;
            int priority = Integer.MAX_VALUE;
            for (Field field : Field.values()) {
                int p = field.priorityOf(header);
                if (p >= 0 && p < priority) {
                    match = field;
                    priority = p;
                }
            }
            if (match == null) {
                ignored.add(header);
                continue;
            }
            recognised++;
            String asWritten = Texts.trimToNull(row.cell(i).raw());
            Column column = new Column(match, i, asWritten);
            Integer current = bestPriority.get(match);
            if (current == null || priority < current) {
                if (current != null) {
                    losers.add(best.get(match));
                }
                best.put(match, column);
                bestPriority.put(match, priority);
            } else {
                losers.add(column);
            }
        }
        return new HeaderMapping(best, losers, ignored, recognised);
    }

    Optional<Column> column(Field field) {
        return Optional.ofNullable(columns.get(field));
    }

    boolean has(Field field) {
        return columns.containsKey(field);
    }

    List<Column> duplicates() {
        return duplicates;
    }

    List<String> ignored() {
        return ignored;
    }

    int recognisedCells() {
        return recognisedCells;
    }

    /** The four headers that identify the header row: 订单ID, 日期, 门店名称 (unless supplied), 商品名称. */
    boolean identifiesHeaderRow(boolean storeNameSupplied) {
        return has(Field.ORDER_ID) && has(Field.ORDER_TIME) && has(Field.PRODUCT_NAME)
                && (storeNameSupplied || has(Field.STORE_NAME));
    }

    /** Required headers that are missing, by canonical name (§4.2). */
    List<String> missingRequired(boolean storeNameSupplied) {
        List<String> missing = new ArrayList<>();
        for (Field field : List.of(Field.ORDER_ID, Field.ORDER_TIME, Field.STORE_NAME, Field.PRODUCT_NAME, Field.QUANTITY)) {
            if (!has(field) && !(field == Field.STORE_NAME && storeNameSupplied)) {
                missing.add(field.header());
            }
        }
        if (!has(Field.SALE_PRICE) && !has(Field.RECEIVED_PRICE)) {
            missing.add(Field.RECEIVED_PRICE.header());
        }
        return missing;
    }
}
