package com.storeboard.cache;

import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.diagnosis.model.SnapshotJson;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * JSON bytes ⇄ snapshot, in the snapshot's own JSON form (DIAGNOSIS.md §3). Reading a value from Redis checks it
 * whole (a truncated or corrupt value is refused) but decodes only its metadata; the cards are decoded on demand.
 */
final class SnapshotCodec {

    private static final ObjectReader READER = SnapshotJson.mapper().readerFor(Snapshot.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // headline, rows and extras decode into maps: keep each amount with its scale (31.50 stays 31.50)
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private SnapshotCodec() {
    }

    static byte[] encode(Snapshot snapshot) {
        return SnapshotJson.write(snapshot).getBytes(StandardCharsets.UTF_8);
    }

    static Snapshot decode(byte[] json) {
        return READER.readValue(json);
    }

    /**
     * The metadata of a stored value, after checking that the whole value is well-formed JSON.
     *
     * @throws Unreadable when it is not a snapshot this version can read
     */
    static CachedSnapshot inspect(byte[] json) {
        int schemaVersion = -1;
        String kind = null;
        String store = null;
        String label = null;
        String computedAt = null;
        String dataVersion = null;
        String fingerprint = null;
        try (JsonParser p = SnapshotJson.mapper().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Unreadable("not a JSON object");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "schemaVersion" -> schemaVersion = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                    case "computedAt" -> computedAt = text(p, value);
                    case "dataVersion" -> dataVersion = text(p, value);
                    case "configFingerprint" -> fingerprint = text(p, value);
                    case "scope" -> {
                        if (value != JsonToken.START_OBJECT) {
                            throw new Unreadable("scope is not an object");
                        }
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String field = p.currentName();
                            JsonToken v = p.nextToken();
                            switch (field) {
                                case "kind" -> kind = text(p, v);
                                case "storeName" -> store = text(p, v);
                                case "label" -> label = text(p, v);
                                default -> p.skipChildren();
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new Unreadable("text after the snapshot");
            }
        } catch (StreamReadException e) {
            throw new Unreadable("not well-formed JSON (" + e.getOriginalMessage() + ")");
        }
        if (schemaVersion != Snapshot.SCHEMA_VERSION) {
            throw new Unreadable("schemaVersion " + (schemaVersion < 0 ? "missing" : schemaVersion)
                    + ", this version reads " + Snapshot.SCHEMA_VERSION);
        }
        if (kind == null || computedAt == null || dataVersion == null) {
            throw new Unreadable("scope, computedAt or dataVersion missing");
        }
        Snapshot.Scope scope = "ALL".equals(kind) ? Snapshot.Scope.all() : new Snapshot.Scope(kind, store, label);
        return new CachedSnapshot(scope, schemaVersion, computedAt, dataVersion, fingerprint, json, null);
    }

    private static String text(JsonParser p, JsonToken token) {
        return token == JsonToken.VALUE_NULL ? null : p.getValueAsString();
    }

    /** A stored value this version cannot use; the message says why, for the log. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }
}
