package com.storeboard.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisExecProvider;

/**
 * The redis-server binary shipped in org.signal:embedded-redis, run as a child process that this class
 * owns. It writes a small state file (pid, port) so that a server left behind by a JVM killed with
 * SIGKILL is found at the next start and either reused or stopped, never waited on.
 */
final class EmbeddedRedisServer {

    static final String VERSION = RedisExecProvider.redisVersion;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisServer.class);

    /** A running redis-server this JVM is responsible for. */
    record Instance(long pid, int port, boolean adopted) {
    }

    private final Path home;
    private final RedisProbe probe;
    private final Duration startTimeout;
    private Process process;
    private Instance instance;

    EmbeddedRedisServer(Path home, RedisProbe probe, Duration startTimeout) {
        this.home = home;
        this.probe = probe;
        this.startTimeout = startTimeout;
    }

    /**
     * A redis-server started from this data directory by a JVM that is gone (killed with SIGKILL, say). If it
     * answers it is adopted (this JVM stops it on shutdown); if it does not answer it is killed. Servers of
     * JVMs that are still running are left alone.
     */
    synchronized Optional<Instance> adoptLeftover() {
        for (State old : leftovers()) {
            if (instance == null && probe.answers("127.0.0.1", old.port())) {
                instance = new Instance(old.pid(), old.port(), true);
                try {
                    writeState(instance);
                } catch (IOException e) {
                    log.debug("Could not record the adopted redis-server", e);
                }
                return Optional.of(instance);
            }
            log.warn("An embedded redis-server left by an earlier start (pid {}, port {}) does not answer; stopping it.",
                    old.pid(), old.port());
            ProcessHandle.of(old.pid()).ifPresent(ProcessHandle::destroyForcibly);
            deleteState(old.port());
        }
        return Optional.empty();
    }

    /** Starts redis-server on the preferred port when it is free, otherwise on a free port. */
    synchronized Instance start(int preferredPort, String password) {
        try {
            Files.createDirectories(home);
            Path binary = binary();
            int port = isFree(preferredPort) ? preferredPort : freePort();
            Path logFile = home.resolve("redis.log");
            List<String> command = new ArrayList<>(List.of(binary.toString(),
                    "--port", Integer.toString(port),
                    "--bind", "127.0.0.1",
                    "--protected-mode", "yes",
                    "--save", "",
                    "--appendonly", "no",
                    "--dir", home.toString(),
                    "--loglevel", "notice"));
            if (password != null && !password.isEmpty()) {
                // Same password as configured, so the client's AUTH works against the embedded server too.
                command.addAll(List.of("--requirepass", password));
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    // Output goes to a file: a pipe nobody reads would block the server once full.
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
            process = builder.start();
            awaitReady(port, logFile);
            instance = new Instance(process.pid(), port, false);
            writeState(instance);
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded redis-server in " + home, e);
        }
    }

    /** Stops the server this JVM started or adopted; does nothing otherwise. */
    synchronized void stop() {
        if (instance == null) {
            return;
        }
        Optional<ProcessHandle> handle = process != null ? Optional.of(process.toHandle()) : ProcessHandle.of(instance.pid());
        handle.ifPresent(h -> {
            h.destroy(); // SIGTERM: redis-server exits at once, it has nothing to save
            try {
                h.onExit().get(3, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        });
        log.info("Embedded redis-server stopped (pid {}, port {}).", instance.pid(), instance.port());
        deleteState(instance.port());
        instance = null;
        process = null;
    }

    private void awaitReady(int port, Path logFile) throws IOException {
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("redis-server exited with code " + process.exitValue() + ": " + tail(logFile));
            }
            if (probe.answers("127.0.0.1", port)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroyForcibly();
        throw new IOException("redis-server did not answer on port " + port + " within " + startTimeout
                + ": " + tail(logFile));
    }

    /** The binary, extracted once per data directory so that a leftover process can be recognised by its path. */
    Path binary() throws IOException {
        String resource = "redis-server-" + VERSION + "-" + os() + "-" + arch();
        Path target = home.resolve(resource);
        try (InputStream in = EmbeddedRedisServer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("No embedded redis-server for " + os() + "/" + arch()
                        + ": install Redis and set SPRING_DATA_REDIS_HOST, or set storeboard.redis.embedded=never");
            }
            if (!Files.isExecutable(target)) {
                Path tmp = Files.createTempFile(home, resource, ".tmp");
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                tmp.toFile().setExecutable(true, true);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return target.toRealPath();
    }

    /** What a state file says: the redis-server's pid and port, and the pid of the JVM that owns it. */
    private record State(long pid, int port, long owner) {
    }

    /** State files of redis-servers that are alive, run our binary, and whose owning JVM has died. */
    private List<State> leftovers() {
        List<State> found = new ArrayList<>();
        try (var files = Files.list(home)) {
            files.filter(f -> f.getFileName().toString().matches("redis-\\d+\\.state")).forEach(f -> readState(f)
                    .ifPresent(found::add));
        } catch (IOException e) {
            return found;
        }
        found.removeIf(state -> {
            boolean ownerAlive = ProcessHandle.of(state.owner()).map(ProcessHandle::isAlive).orElse(false);
            if (ownerAlive) {
                return true;
            }
            if (!isOurs(state.pid())) {
                deleteState(state.port());
                return true;
            }
            return false;
        });
        return found;
    }

    private boolean isOurs(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        Optional<String> command = handle.flatMap(h -> h.info().command());
        try {
            return command.isPresent() && Path.of(command.get()).toRealPath().equals(binary());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Optional<State> readState(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(new State(Long.parseLong(p.getProperty("pid")), Integer.parseInt(p.getProperty("port")),
                    Long.parseLong(p.getProperty("owner"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void writeState(Instance running) throws IOException {
        Files.writeString(stateFile(running.port()), "pid=" + running.pid() + "\nport=" + running.port()
                + "\nowner=" + ProcessHandle.current().pid() + "\n");
    }

    private void deleteState(int port) {
        try {
            Files.deleteIfExists(stateFile(port));
        } catch (IOException e) {
            log.debug("Could not delete {}", stateFile(port), e);
        }
    }

    private Path stateFile(int port) {
        return home.resolve("redis-" + port + ".state");
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static String os() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.contains("mac") ? "darwin" : "linux";
    }

    private static String arch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "386";
            default -> arch;
        };
    }
}
