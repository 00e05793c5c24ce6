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
        @Valid @NotNull @DefaultValue Ui ui,
        @Valid @NotNull @DefaultValue Cache cache,
        @Valid @NotNull @DefaultValue Jobs jobs) {

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

    /**
     * The snapshot cache in Redis.
     *
     * @param ttl              lifetime of the latest keys; a scope not refreshed for this long is served stale
     * @param keyPrefix        put before every key and channel (tests, or several boards on one Redis)
     * @param lockTtl          a refresh lock left by a node that died frees itself after this
     * @param joinWait         how long a second refresh request of a running scope waits for its result
     * @param memoryRevalidate how long this node trusts its in-memory copy before asking Redis again
     * @param maxAge           an unchanged scope is recomputed anyway once its snapshot is this old
     * @param subscriptionCheck the update channel's subscription is PINGed this often; one silent for two of these is
     *                         reconnected (a Redis that hangs keeps the socket open)
     */
    public record Cache(
            @NotNull @DefaultValue("600s") Duration ttl,
            @NotNull @DefaultValue("") String keyPrefix,
            @NotNull @DefaultValue("5m") Duration lockTtl,
            @NotNull @DefaultValue("30s") Duration joinWait,
            @NotNull @DefaultValue("2s") Duration memoryRevalidate,
            @NotNull @DefaultValue("1h") Duration maxAge,
            @NotNull @DefaultValue("15s") Duration subscriptionCheck) {
    }

    /**
     * The background jobs.
     *
     * @param refreshInterval  how often 更新诊断数据缓存 runs
     * @param warmUpOnStart    run the refresh once right after start-up
     * @param refreshOnImport  refresh the scopes an import changed right after it
     * @param historyRetention job runs older than this are deleted from the history
     */
    public record Jobs(
            @NotNull @DefaultValue("5m") Duration refreshInterval,
            @DefaultValue("true") boolean warmUpOnStart,
            @DefaultValue("true") boolean refreshOnImport,
            @NotNull @DefaultValue("30d") Duration historyRetention) {
    }
}
