package com.storeboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code target/storeboard.jar} started as its own process, the way a user starts it: in a
 * fresh working directory (so ./data is new), with no Storeboard or Spring variables in the environment.
 */
public final class RunningJar implements AutoCloseable {

    private final Path workDir;
    private final int httpPort;
    private final List<String> args;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    public RunningJar(Path workDir, int httpPort, String... args) {
        this.workDir = workDir;
        this.httpPort = httpPort;
        this.args = List.of(args);
    }

    /** Starts the jar and waits until {@code /} answers 200; fails after 30 seconds. */
    public RunningJar start() {
        try {
            Files.createDirectories(workDir);
            String javaCommand = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx512m", "-jar", TestServices.jar().toString(),
                    "--server.port=" + httpPort));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("STOREBOARD_")
                    || k.equals("PORT") || k.equals("JAVA_TOOL_OPTIONS"));
            starts++;
            Files.writeString(log(), "\n===== start " + starts + " =====\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHttp200(Duration.ofSeconds(30));
        return this;
    }

    public String url(String path) {
        return "http://localhost:" + httpPort + path;
    }

    public HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Path log() {
        return workDir.resolve("storeboard.log");
    }

    public String logText() {
        try {
            return Files.readString(log());
        } catch (IOException e) {
            return "";
        }
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** The redis-server child process, if the app started one. */
    public Optional<ProcessHandle> embeddedRedis() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.contains("redis-server")).orElse(false))
                .findFirst();
    }

    /** SIGTERM, as a service manager or Ctrl-C would; waits for the JVM to exit. Returns the exit code. */
    public int stop() {
        process.destroy();
        return awaitExit();
    }

    /** SIGKILL: no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    private int awaitExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Storeboard did not stop within 30 s; log:\n" + logText());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitHttp200(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Storeboard exited with " + process.exitValue() + "; log:\n" + logText());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("Storeboard did not answer 200 on / within " + timeout + "; log:\n" + logText());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
