package com.storeboard.generator;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a store's files are written (DATA.md §5.8): store 1 (and every store from 4 on) UTF-8 with BOM and canonical
 * headers, store 2 UTF-8 without BOM and synonym headers, store 3 GB18030 with canonical headers and 配送距离 in
 * kilometres with 2 decimals.
 */
record StoreFormat(Charset charset, boolean bom, boolean synonyms, boolean kilometres) {

    static StoreFormat of(int storeIndex) {
        return switch (storeIndex) {
            case 2 -> new StoreFormat(StandardCharsets.UTF_8, false, true, false);
            case 3 -> new StoreFormat(Charset.forName("GB18030"), false, false, true);
            default -> new StoreFormat(StandardCharsets.UTF_8, true, false, false);
        };
    }

    String[] headers() {
        Column[] columns = Column.values();
        String[] headers = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            headers[i] = columns[i].header(synonyms);
        }
        return headers;
    }
}
