package com.storeboard.generator;

import java.util.List;
import java.util.Map;

/**
 * What a generation produced: the files in order (with their batches), the manifest content of DATA.md §5.8 as an
 * ordered JSON tree (maps, lists, strings, numbers, booleans) and the total number of rows.
 */
public record GenerationResult(List<OutputFile> files, Map<String, Object> manifest, long totalRows) {
}
