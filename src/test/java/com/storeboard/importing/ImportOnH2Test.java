package com.storeboard.importing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The import scenarios on the embedded H2 database a user gets by default. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration")
@ActiveProfiles("test")
class ImportOnH2Test extends ImportScenarios {
}
