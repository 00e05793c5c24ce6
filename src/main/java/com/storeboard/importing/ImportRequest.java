package com.storeboard.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * One import batch (DATA.md §4.9): 1 to N files applied together.
 *
 * @param skipInvalidRows skip mode: orders with an invalid line are dropped, the rest lands
 * @param user            who imports (shown in the history)
 * @param origin          where from: UI, CLI, API, DEMO
 */
public record ImportRequest(List<ImportFile> files, boolean skipInvalidRows, String user, String origin) {

    public ImportRequest {
        files = List.copyOf(files);
    }

    /**
     * A file of the batch.
     *
     * @param path           where its bytes are (a temporary copy of an upload, or the file itself)
     * @param name           its name as the user knows it (shown in every message)
     * @param storeName      the store of a single-store export without a 门店名称 column (§4.2), or null
     * @param forcedEncoding "UTF-8" or "GB18030" to skip detection, or null
     */
    public record ImportFile(Path path, String name, String storeName, String forcedEncoding) {
        public static ImportFile of(Path path) {
            return new ImportFile(path, path.getFileName().toString(), null, null);
        }
    }
}
