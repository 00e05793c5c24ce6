package com.storeboard.generator;

import java.time.LocalDate;

/**
 * One output file of DATA.md §5.8: consecutive whole days of one store, at most 1 000 000 rows, named
 * demo_{storeIndex}_{firstDate:yyyyMMdd}-{lastDate:yyyyMMdd}.{extension}; batch is the 0-based import batch
 * (at most 20 files each).
 */
public record OutputFile(String name, int storeIndex, String storeName, LocalDate firstDate, LocalDate lastDate,
        long rows, int batch) {
}
