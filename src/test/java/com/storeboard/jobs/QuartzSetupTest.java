package com.storeboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuartzSetupTest {

    @Test
    void postgresql_gets_the_postgresql_delegate() {
        assertThat(QuartzSetup.delegateFor("PostgreSQL"))
                .isEqualTo("org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    }

    @Test
    void h2_gets_the_standard_delegate() {
        assertThat(QuartzSetup.delegateFor("H2")).isEqualTo("org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    }
}
