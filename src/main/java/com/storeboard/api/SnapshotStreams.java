package com.storeboard.api;

import com.storeboard.cache.SnapshotEvents;
import com.storeboard.cache.SnapshotUpdated;
import com.storeboard.cache.Subscription;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open server-sent event streams of this node. Each stream subscribes to {@link SnapshotEvents} when it opens
 * and closes its subscription when it completes, times out or fails. Events and heartbeats are written by one thread
 * of its own (never on the Redis subscriber thread, which other listeners share). Stops before the web server's
 * graceful shutdown, so that open streams do not hold it up.
 */
@Component
class SnapshotStreams implements SmartLifecycle {

    static final String EVENT_NAME = "snapshot-updated";
    private static final Logger log = LoggerFactory.getLogger(SnapshotStreams.class);

    private final SnapshotEvents events;
    private final JsonMapper json;
    private final ApiProperties properties;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final AtomicInteger threads = new AtomicInteger();
    private volatile ScheduledExecutorService writer;
    private volatile ScheduledFuture<?> heartbeats;

    SnapshotStreams(SnapshotEvents events, JsonMapper json, ApiProperties properties) {
        this.events = events;
        this.json = json;
        this.properties = properties;
    }

    /** Opens a stream: subscribed at once, a {@code :connected} comment sent first so the client sees the headers. */
    SseEmitter open() {
        if (streams.size() >= properties.eventsMaxStreams()) {
            throw ApiProblem.tooManyStreams(properties.eventsMaxStreams());
        }
        SseEmitter emitter = new SseEmitter(properties.eventsTimeout().toMillis());
        Stream stream = new Stream(emitter);
        streams.add(stream);
        emitter.onCompletion(stream::close);
        emitter.onTimeout(() -> {
            stream.close();
            emitter.complete();
        });
        emitter.onError(e -> stream.close());
        try {
            stream.subscribed(events.subscribe(update -> write(stream, update)));
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
        stream.send(SseEmitter.event().comment("connected"));
        log.debug("Event stream opened ({} open).", streams.size());
        return emitter;
    }

    int openStreams() {
        return streams.size();
    }

    /** The event as a client reads it: {@code event:snapshot-updated} and one {@code data:} line of JSON. */
    SseEmitter.SseEventBuilder event(SnapshotUpdated update) {
        String data = json.writeValueAsString(new UpdateJson(ScopeJson.of(update.scope()), update.computedAt(),
                update.dataVersion(), update.node()));
        return SseEmitter.event().name(EVENT_NAME).data(data);
    }

    record UpdateJson(ScopeJson scope, String computedAt, String dataVersion, String node) {
    }

    private void write(Stream stream, SnapshotUpdated update) {
        ScheduledExecutorService current = writer;
        try {
            if (current == null) {
                throw new RejectedExecutionException("stopped");
            }
            current.execute(() -> stream.send(event(update)));
        } catch (RejectedExecutionException e) {
            stream.close();
        }
    }

    private void heartbeat() {
        for (Stream stream : streams) {
            stream.send(SseEmitter.event().comment("heartbeat"));
        }
    }

    /** Starts the writer thread and the heartbeats (again after a stop: a context may be stopped and restarted). */
    @Override
    public synchronized void start() {
        if (heartbeats != null) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "api-events-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        long millis = properties.eventsHeartbeat().toMillis();
        heartbeats = executor.scheduleAtFixedRate(this::heartbeat, millis, millis, TimeUnit.MILLISECONDS);
        writer = executor;
    }

    @Override
    public synchronized void stop() {
        ScheduledFuture<?> running = heartbeats;
        heartbeats = null;
        if (running != null) {
            running.cancel(false);
        }
        ScheduledExecutorService executor = writer;
        writer = null;
        for (Stream stream : streams) {
            stream.close();
            try {
                stream.emitter.complete();
            } catch (RuntimeException e) {
                log.debug("Could not complete an event stream at shutdown: {}", e.toString());
            }
        }
        if (executor != null) {
            executor.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return heartbeats != null;
    }

    /** Before the web server's graceful shutdown (which waits for open requests, and a stream is one). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    private final class Stream {
        private final SseEmitter emitter;
        private Subscription subscription;
        private boolean closed;

        Stream(SseEmitter emitter) {
            this.emitter = emitter;
        }

        synchronized void subscribed(Subscription subscription) {
            if (closed) {
                subscription.close();
            } else {
                this.subscription = subscription;
            }
        }

        void send(SseEmitter.SseEventBuilder event) {
            if (isClosed()) {
                return;
            }
            try {
                emitter.send(event);
            } catch (Exception e) {
                // the client went away (or the stream completed meanwhile): the container reports the rest
                log.debug("Event stream closed while writing: {}", e.toString());
                close();
            }
        }

        synchronized boolean isClosed() {
            return closed;
        }

        void close() {
            Subscription toClose;
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
                toClose = subscription;
                subscription = null;
            }
            streams.remove(this);
            if (toClose != null) {
                toClose.close();
            }
            log.debug("Event stream closed ({} open).", streams.size());
        }
    }
}
