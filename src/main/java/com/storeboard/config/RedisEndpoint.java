package com.storeboard.config;

/**
 * The Redis this node talks to, decided once at start-up: an external server, or an embedded redis-server
 * that this node started (or adopted after a crash) and stops on shutdown.
 */
public final class RedisEndpoint implements AutoCloseable {

    /** Where the Redis comes from. */
    public enum Kind { EXTERNAL, EMBEDDED }

    private final String host;
    private final int port;
    private final int database;
    private final Kind kind;
    private final boolean reachableAtStart;
    private final EmbeddedRedisServer embedded;

    RedisEndpoint(String host, int port, int database, Kind kind, boolean reachableAtStart,
            EmbeddedRedisServer embedded) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.kind = kind;
        this.reachableAtStart = reachableAtStart;
        this.embedded = embedded;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public int database() {
        return database;
    }

    public Kind kind() {
        return kind;
    }

    public boolean reachableAtStart() {
        return reachableAtStart;
    }

    /** "127.0.0.1:6379/0 (external)" or "127.0.0.1:6380/0 (embedded redis-server 7.0.15)". */
    public String describe() {
        String where = host + ":" + port + "/" + database;
        return kind == Kind.EMBEDDED
                ? where + " (embedded redis-server " + EmbeddedRedisServer.VERSION + ")"
                : where + " (external)";
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.stop();
        }
    }
}
