package com.storeboard.importing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Import limits and rules (DIAGNOSIS.md §7.5, DATA.md §4). The last three are Storeboard's own guards
 * against absurd values, which the spec leaves open.
 */
@Validated
@ConfigurationProperties("storeboard.diagnosis.import")
public record ImportProperties(
        @NotNull @DefaultValue("50") BigDecimal distanceKmMedianMax,
        @Min(1) @DefaultValue("10") int headerSearchRows,
        @Min(1) @DefaultValue("1000000") int maxRowsPerFile,
        @Min(1) @DefaultValue("20") int maxFilesPerBatch,
        @Min(1) @DefaultValue("1000") int maxListedErrors,
        @Min(1) @DefaultValue("1000") int maxListedWarnings,
        /** A unit price (售价, 原价, 实收价格) above this is rejected as absurd (PRICE_TOO_HIGH). */
        @NotNull @Positive @DefaultValue("100000") BigDecimal maxUnitPrice,
        /** An order dated more than this many days after today (in {@link #timeZone}) is rejected (DATE_IN_FUTURE). */
        @Min(0) @DefaultValue("1") int maxFutureDays,
        /** The stores' time zone: only used to know what "today" is for the future-date check. */
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId timeZone) {

    /** Defaults, for code that runs without Spring (tests, tools). */
    public static ImportProperties defaults() {
        return new ImportProperties(new BigDecimal("50"), 10, 1_000_000, 20, 1000, 1000, new BigDecimal("100000"), 1,
                ZoneId.of("Asia/Shanghai"));
    }
}
