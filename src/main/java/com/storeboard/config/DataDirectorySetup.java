package com.storeboard.config;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code storeboard.data-dir} absolute before anything uses it: H2 refuses a database path that is
 * implicitly relative ("data/storeboard"), and users write data directories either way.
 */
class DataDirectorySetup implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("storeboard.data-dir");
        if (configured == null || configured.isBlank()) {
            return;
        }
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
        if (!absolute.equals(configured)) {
            environment.getPropertySources().addFirst(new MapPropertySource("storeboardDataDir",
                    Map.of("storeboard.data-dir", absolute)));
        }
    }

    @Override
    public int getOrder() {
        // after the configuration files and the environment have been read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
