package com.storeboard.importing;

import com.storeboard.support.PostgresSchema;
import com.storeboard.support.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The import scenarios on the real PostgreSQL (lines written with COPY), in a schema of their own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration")
@ActiveProfiles("test")
class ImportOnPostgresIT extends ImportScenarios {

    private static final PostgresSchema SCHEMA = PostgresSchema.create("import");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", SCHEMA::jdbcUrl);
        registry.add("spring.datasource.username", TestServices::postgresUser);
        registry.add("spring.datasource.password", TestServices::postgresPassword);
    }

    @org.junit.jupiter.api.Test
    void these_scenarios_really_run_on_postgresql() throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            org.assertj.core.api.Assertions.assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.close();
    }
}
