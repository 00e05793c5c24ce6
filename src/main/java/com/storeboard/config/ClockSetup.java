package com.storeboard.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of "now" (computedAt, importedAt, ages); tests replace it with a fixed clock. */
@Configuration(proxyBeanMethods = false)
class ClockSetup {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
