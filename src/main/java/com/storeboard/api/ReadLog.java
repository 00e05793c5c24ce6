package com.storeboard.api;

import com.storeboard.cache.SnapshotRead;
import com.storeboard.diagnosis.model.Snapshot;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs the API's snapshot reads: each one at DEBUG, and at INFO one line per scope at most every
 * {@code storeboard.api.read-log-interval} with the number of reads since the last line (a machine polling a few
 * hundred times a second must not flood the log, an operator still sees that the API is used and how old its data is).
 * Only scopes that have a snapshot are counted, so unknown store names cannot grow the map.
 */
@Component
class ReadLog {

    private static final Logger log = LoggerFactory.getLogger(ReadLog.class);

    private final Clock clock;
    private final long intervalMillis;
    private final ConcurrentMap<Snapshot.Scope, Window> windows = new ConcurrentHashMap<>();

    ReadLog(Clock clock, ApiProperties properties) {
        this.clock = clock;
        this.intervalMillis = properties.readLogInterval().toMillis();
    }

    void served(SnapshotRead read, long ageSeconds) {
        if (log.isDebugEnabled()) {
            log.debug("从缓存读取诊断数据 ({}, {} 秒前{})", read.scope().label(), ageSeconds, staleNote(read));
        }
        if (!log.isInfoEnabled()) {
            return;
        }
        long now = clock.millis();
        Window window = windows.computeIfAbsent(read.scope(), s -> new Window(now - intervalMillis));
        window.reads.incrementAndGet();
        long last = window.lastLogged.get();
        if (now - last >= intervalMillis && window.lastLogged.compareAndSet(last, now)) {
            log.info("从缓存读取诊断数据 (API, {})：上次记录以来 {} 次，当前数据为 {} 秒前计算{}", read.scope().label(),
                    window.reads.getAndSet(0), ageSeconds, staleNote(read));
        }
    }

    private static String staleNote(SnapshotRead read) {
        return read.stale() ? "，已过期：" + read.reason().name().toLowerCase(Locale.ROOT).replace('_', '-') : "";
    }

    private static final class Window {
        final AtomicLong reads = new AtomicLong();
        final AtomicLong lastLogged;

        Window(long lastLogged) {
            this.lastLogged = new AtomicLong(lastLogged);
        }
    }
}
