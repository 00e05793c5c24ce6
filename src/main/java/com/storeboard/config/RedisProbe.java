package com.storeboard.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Asks "is a Redis listening there?" with a plain socket and hard timeouts, before any client library
 * exists. A hung server or a port held by something else must cost at most the timeout, never a hang.
 */
final class RedisProbe {

    private final Duration timeout;

    RedisProbe(Duration timeout) {
        this.timeout = timeout;
    }

    /** True when a Redis server answers PING (a NOAUTH error counts: somebody speaks Redis there). */
    boolean answers(String host, int port) {
        return command(host, port, "PING").isPresent();
    }

    /** The fields of {@code INFO server}, empty when nothing answers or the server wants a password. */
    Map<String, String> serverInfo(String host, int port) {
        Optional<String> reply = command(host, port, "INFO", "server");
        Map<String, String> fields = new LinkedHashMap<>();
        reply.filter(r -> !r.startsWith("-")).ifPresent(r -> r.lines().forEach(line -> {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }));
        return fields;
    }

    /**
     * Sends one command and returns its reply: a status or error line as written ("+PONG", "-NOAUTH …"),
     * or the body of a bulk reply. Empty when nothing answers in time.
     */
    Optional<String> command(String host, int port, String... args) {
        int millis = (int) Math.max(1, timeout.toMillis());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), millis);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            out.write(encode(args));
            out.flush();
            return Optional.ofNullable(readReply(socket.getInputStream()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] encode(String... args) {
        StringBuilder sb = new StringBuilder("*").append(args.length).append("\r\n");
        for (String arg : args) {
            byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
            sb.append('$').append(bytes.length).append("\r\n").append(arg).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String readReply(InputStream in) throws IOException {
        String first = readLine(in);
        if (first == null || first.isEmpty()) {
            return null;
        }
        char type = first.charAt(0);
        if (type == '+' || type == '-' || type == ':') {
            return first;
        }
        if (type == '$') {
            int length = Integer.parseInt(first.substring(1));
            if (length < 0) {
                return "";
            }
            byte[] body = in.readNBytes(length);
            return new String(body, StandardCharsets.UTF_8);
        }
        return first;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
