package com.storeboard.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throwaway schema in the test database, so that tests never see or drop anything they did not create.
 * The JDBC URL it hands out makes that schema the default for every unqualified table name.
 */
public final class PostgresSchema implements AutoCloseable {

    private final String name;

    private PostgresSchema(String name) {
        this.name = name;
    }

    public static PostgresSchema create(String purpose) {
        String name = ("it_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
        execute("create schema " + name);
        return new PostgresSchema(name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        String base = TestServices.postgresUrl();
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), TestServices.postgresUser(), TestServices.postgresPassword());
    }

    @Override
    public void close() {
        execute("drop schema if exists " + name + " cascade");
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(TestServices.postgresUrl(), TestServices.postgresUser(),
                TestServices.postgresPassword()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests is not reachable at " + TestServices.postgresUrl()
                    + " as " + TestServices.postgresUser() + " (scripts/test sets it up): " + e.getMessage(), e);
        }
    }
}
