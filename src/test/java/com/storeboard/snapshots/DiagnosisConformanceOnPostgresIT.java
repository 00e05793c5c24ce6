package com.storeboard.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.support.PostgresSchema;
import com.storeboard.support.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The conformance test (DATA.md §5.10, steps 4–6) on the real PostgreSQL, in a schema of its own. */
class DiagnosisConformanceOnPostgresIT extends DiagnosisConformance {

    private static final PostgresSchema SCHEMA = PostgresSchema.create("diagnosis");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", SCHEMA::jdbcUrl);
        registry.add("spring.datasource.username", TestServices::postgresUser);
        registry.add("spring.datasource.password", TestServices::postgresPassword);
    }

    @Test
    void these_checks_really_run_on_postgresql() throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.close();
    }
}
