package com.storeboard.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * Where the real services of the integration tests are. scripts/test installs, starts and exports them;
 * the defaults match what it sets up, so a plain {@code ./mvnw verify} works on a prepared machine.
 */
public final class TestServices {

    private TestServices() {
    }

    public static String postgresUrl() {
        return env("STOREBOARD_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/storeboard_test");
    }

    public static String postgresUser() {
        return env("STOREBOARD_TEST_PG_USER", "storeboard");
    }

    public static String postgresPassword() {
        return env("STOREBOARD_TEST_PG_PASSWORD", "storeboard");
    }

    public static String redisHost() {
        return env("STOREBOARD_TEST_REDIS_HOST", "127.0.0.1");
    }

    public static int redisPort() {
        return Integer.parseInt(env("STOREBOARD_TEST_REDIS_PORT", "6379"));
    }

    /** Database index the tests use on the shared Redis; they only touch keys under their own prefix. */
    public static int redisDatabase() {
        return Integer.parseInt(env("STOREBOARD_TEST_REDIS_DB", "9"));
    }

    public static String chrome() {
        return env("STOREBOARD_TEST_CHROME", "/usr/bin/chromium");
    }

    public static String chromedriver() {
        return env("STOREBOARD_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
    }

    /** The packaged jar, passed by failsafe. */
    public static Path jar() {
        return Path.of(System.getProperty("storeboard.jar", "target/storeboard.jar")).toAbsolutePath();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
