package com.storeboard.api;

import com.storeboard.cache.CachedSnapshot;
import com.storeboard.diagnosis.model.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;

/**
 * The gzip form of each scope's current snapshot, compressed once per snapshot (per dataVersion and computedAt) on
 * this node and then sent as it is to every client that accepts gzip. A 1M-line snapshot is about 2 MB of JSON and
 * 250 KB gzipped: without this, 50 polling clients would be limited by copying megabytes, not by the API.
 * Only scopes that have a snapshot get an entry, one each.
 */
@Component
class CompressedSnapshots {

    private final ConcurrentMap<Snapshot.Scope, Entry> entries = new ConcurrentHashMap<>();

    byte[] gzip(CachedSnapshot snapshot) {
        String version = snapshot.dataVersion() + "@" + snapshot.computedAt();
        Entry entry = entries.get(snapshot.scope());
        if (entry == null || !entry.version.equals(version)) {
            Entry fresh = new Entry(version, snapshot.json());
            entry = entries.compute(snapshot.scope(), (scope, old) -> old != null && old.version.equals(version) ? old : fresh);
        }
        return entry.bytes();
    }

    /** Does the request's Accept-Encoding allow gzip (a {@code gzip} or {@code *} coding without {@code q=0})? */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                boolean refused = false;
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].trim().replace(" ", "");
                    if (parameter.startsWith("q=") && parameter.substring(2).matches("0(\\.0{0,3})?")) {
                        refused = true;
                    }
                }
                if (!refused) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Compresses on first use, once, whoever asks first; the others wait for it. */
    private static final class Entry {
        final String version;
        private byte[] source;
        private byte[] gzip;

        Entry(String version, byte[] source) {
            this.version = version;
            this.source = source;
        }

        synchronized byte[] bytes() {
            if (gzip == null) {
                gzip = compress(source);
                source = null;
            }
            return gzip;
        }
    }

    static byte[] compress(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, json.length / 6));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
