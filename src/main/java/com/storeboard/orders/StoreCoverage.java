package com.storeboard.orders;

import java.time.LocalDate;

/** What is stored for one store: first and last day, number of days with data, order lines. */
public record StoreCoverage(String storeName, LocalDate firstDay, LocalDate lastDay, int days, long lines) {
}
