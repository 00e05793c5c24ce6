package com.storeboard.jobs;

import com.storeboard.config.StoreboardProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Storeboard settings with the documented defaults, jobs as given. */
final class Settings {

    private Settings() {
    }

    static StoreboardProperties jobs(Duration refreshInterval, boolean warmUp, boolean onImport, Duration retention) {
        return new StoreboardProperties(Path.of("./data"),
                new StoreboardProperties.Redis(StoreboardProperties.EmbeddedMode.NEVER, Duration.ofMillis(500),
                        Duration.ofSeconds(15)),
                new StoreboardProperties.Ui(Locale.SIMPLIFIED_CHINESE),
                new StoreboardProperties.Cache(Duration.ofSeconds(600), "", Duration.ofMinutes(5), Duration.ofSeconds(30),
                        Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofSeconds(15)),
                new StoreboardProperties.Jobs(refreshInterval, warmUp, onImport, retention));
    }

    static StoreboardProperties defaults() {
        return jobs(Duration.ofMinutes(5), true, true, Duration.ofDays(30));
    }
}
