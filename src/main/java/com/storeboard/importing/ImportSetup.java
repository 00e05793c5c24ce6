package com.storeboard.importing;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ImportProperties.class, DemoProperties.class})
class ImportSetup {

    /** Imports from the web page run one after another on this thread, never on a request thread. */
    @Bean(destroyMethod = "shutdown")
    ExecutorService importExecutor() {
        return Executors.newSingleThreadExecutor(Thread.ofPlatform().name("import-", 1).daemon(true).factory());
    }
}
