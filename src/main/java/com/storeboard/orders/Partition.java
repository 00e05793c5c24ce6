package com.storeboard.orders;

import java.time.LocalDate;

/** A stored (store, date) partition: its digest and row count (DATA.md §4.11–§4.12). */
public record Partition(String storeName, LocalDate date, String digest, int rowCount) {
}
