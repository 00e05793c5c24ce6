package com.storeboard.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The REST API ({@code /api/**}).
 *
 * @param warmUpRetryAfter  the {@code Retry-After} of a 503 while no snapshot exists yet (warm-up running)
 * @param eventsTimeout     an event stream is closed after this; clients reconnect (EventSource does by itself)
 * @param eventsHeartbeat   a comment line is sent on every open event stream this often, so that proxies and
 *                          clients see a live connection and a dead client is noticed
 * @param eventsMaxStreams  open event streams per node; more are refused with 503
 * @param maxRunsLimit      the largest {@code limit} of {@code GET /api/jobs/runs}
 * @param readLogInterval   a summary of the API's snapshot reads is logged at INFO at most this often per scope
 *                          (every read is logged at DEBUG)
 */
@Validated
@ConfigurationProperties("storeboard.api")
public record ApiProperties(
        @NotNull @DefaultValue("10s") Duration warmUpRetryAfter,
        @NotNull @DefaultValue("30m") Duration eventsTimeout,
        @NotNull @DefaultValue("15s") Duration eventsHeartbeat,
        @Min(1) @DefaultValue("200") int eventsMaxStreams,
        @Min(1) @DefaultValue("200") int maxRunsLimit,
        @NotNull @DefaultValue("1m") Duration readLogInterval) {
}
