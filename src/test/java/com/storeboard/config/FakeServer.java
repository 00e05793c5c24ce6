package com.storeboard.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP listener for tests that answers every request with a fixed reply, or with nothing at all
 * (a hung server), so that timeouts and "not Redis" cases can be exercised without a real server.
 */
final class FakeServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> clients = new ArrayList<>();
    private final Thread acceptor;

    private FakeServer(String reply) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    synchronized (clients) {
                        clients.add(client);
                    }
                    if (reply != null) {
                        Thread.ofVirtual().start(() -> answer(client, reply));
                    }
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    /** Replies to the first bytes of every connection with {@code reply}. */
    static FakeServer replying(String reply) throws IOException {
        return new FakeServer(reply);
    }

    /** Accepts connections and never says anything: a hung server. */
    static FakeServer silent() throws IOException {
        return new FakeServer(null);
    }

    int port() {
        return socket.getLocalPort();
    }

    private static void answer(Socket client, String reply) {
        try {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            byte[] buffer = new byte[1024];
            if (in.read(buffer) > 0) {
                out.write(reply.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException ignored) {
            // the client went away; nothing to do
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        synchronized (clients) {
            for (Socket client : clients) {
                client.close();
            }
        }
        acceptor.interrupt();
    }
}
