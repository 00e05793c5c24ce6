package com.storeboard.support;

import com.storeboard.Application;
import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the real application context without a web server, with the test profile plus overrides. */
public final class AppContexts {

    private AppContexts() {
    }

    public static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .profiles("test")
                // Vaadin's auto-configuration needs a servlet context; without a web server there is none.
                .properties("spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration")
                // As command-line arguments, so that they win over the test profile.
                .run(Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new));
    }
}
