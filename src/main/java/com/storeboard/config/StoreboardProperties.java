package com.storeboard.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every Storeboard setting, under the prefix {@code storeboard}. Standard Spring settings (datasource,
 * Redis host and pool, Quartz) keep their usual names; only what Storeboard adds lives here.
 */
@Validated
@ConfigurationProperties("storeboard")
public record StoreboardProperties(
        @NotNull @DefaultValue("./data") Path dataDir,
        @Valid @NotNull @DefaultValue Redis redis,
        @Valid @NotNull @DefaultValue Ui ui) {

    /** How Storeboard finds its Redis. */
    public record Redis(
            @NotNull @DefaultValue("auto") EmbeddedMode embedded,
            @NotNull @DefaultValue("500ms") Duration probeTimeout,
            @NotNull @DefaultValue("15s") Duration embeddedStartTimeout) {
    }

    /**
     * When an embedded redis-server is started. {@code auto}: only when the configured Redis is on this
     * machine (loopback) and does not answer; {@code always}: for tests and demos; {@code never}: production.
     */
    public enum EmbeddedMode { AUTO, ALWAYS, NEVER }

    public record Ui(@NotNull @DefaultValue("zh-CN") Locale defaultLocale) {
    }
}
