package com.storeboard.cache;

import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.diagnosis.model.SnapshotJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * JSON bytes ⇄ snapshot, in the snapshot's own JSON form (DIAGNOSIS.md §3), plus the {@link SnapshotMeta} stored
 * beside it. A value read with a matching meta (same length and CRC-32C) is trusted without being parsed; any other
 * value is parsed whole once, so that a corrupt, truncated or foreign value is refused. Decoding reads the cards'
 * faces and leaves their headline, rows and extras as JSON until they are used.
 */
final class SnapshotCodec {

    private static final Set<String> LAZY_FIELDS = Set.of("headline", "rows", "extras");
    private static final ObjectReader SNAPSHOT = SnapshotJson.mapper().readerFor(Snapshot.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // headline, rows and extras decode into maps: keep each amount with its scale (31.50 stays 31.50)
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectReader VALUE = SnapshotJson.mapper().readerFor(Object.class)
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectReader META = SnapshotJson.mapper().readerFor(SnapshotMeta.class);

    private SnapshotCodec() {
    }

    /** What a refresh writes: the JSON, its meta, and the cache entry for this node (already decoded). */
    record Encoded(byte[] json, byte[] meta, CachedSnapshot cached) {
    }

    static Encoded encode(Snapshot snapshot) {
        byte[] json = SnapshotJson.write(snapshot).getBytes(StandardCharsets.UTF_8);
        SnapshotMeta meta = index(json);
        return new Encoded(json, SnapshotJson.mapper().writeValueAsBytes(meta), new CachedSnapshot(meta, json, snapshot));
    }

    /**
     * A stored value as a cache entry: trusted when its meta matches, else parsed whole.
     *
     * @param metaBytes the stored meta, or null
     * @throws Unreadable when it is not a snapshot this version can read
     */
    static CachedSnapshot read(byte[] json, byte[] metaBytes) {
        SnapshotMeta meta = metaBytes == null ? null : matchingMeta(json, metaBytes);
        if (meta == null) {
            meta = index(json);
        }
        if (meta.schemaVersion() != Snapshot.SCHEMA_VERSION) {
            throw new Unreadable("schemaVersion " + (meta.schemaVersion() < 0 ? "missing" : meta.schemaVersion())
                    + ", this version reads " + Snapshot.SCHEMA_VERSION);
        }
        return new CachedSnapshot(meta, json, null);
    }

    private static SnapshotMeta matchingMeta(byte[] json, byte[] metaBytes) {
        try {
            SnapshotMeta meta = META.readValue(metaBytes);
            return meta.length() == json.length && meta.crc32c() == crc32c(json) && meta.scope() != null
                    && meta.parts() != null ? meta : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Every card decoded at once (tests and the benchmark compare with it). */
    static Snapshot decodeEagerly(byte[] json) {
        return SNAPSHOT.readValue(json);
    }

    /**
     * The snapshot with its cards' faces decoded and their headline, rows and extras left lazy: the JSON without those
     * parts (each replaced by {@code null}) is decoded, then each card gets its parts back as lazy values.
     */
    static Snapshot decode(byte[] json, SnapshotMeta meta) {
        ByteArrayOutputStream outline = new ByteArrayOutputStream(Math.min(json.length, 256 * 1024));
        int at = 0;
        for (SnapshotMeta.Part part : meta.parts()) {
            outline.write(json, at, part.start() - at);
            outline.writeBytes(NULL);
            at = part.end();
        }
        outline.write(json, at, json.length - at);
        Snapshot faces = SNAPSHOT.readValue(outline.toByteArray());

        List<Snapshot.Layer> layers = new ArrayList<>(faces.layers().size());
        int ordinal = 0;
        int next = 0;
        for (Snapshot.Layer layer : faces.layers()) {
            List<Card> cards = new ArrayList<>(layer.cards().size());
            for (Card c : layer.cards()) {
                Object headline = c.headline();
                List<?> rows = c.rows();
                Object extras = c.extras();
                while (next < meta.parts().size() && meta.parts().get(next).card() == ordinal) {
                    SnapshotMeta.Part part = meta.parts().get(next++);
                    Object lazy = lazy(json, part);
                    switch (part.field()) {
                        case "headline" -> headline = lazy;
                        case "rows" -> rows = (List<?>) lazy;
                        case "extras" -> extras = lazy;
                        default -> throw new Unreadable("unknown part " + part.field());
                    }
                }
                cards.add(new Card(c.id(), c.code(), c.layer(), c.icon(), c.titleZh(), c.titleEn(), c.state(), c.count(),
                        c.window(), c.minSpanDays(), c.bigNumber(), c.subInfo(), c.extraInfo(), c.badges(), c.action(),
                        c.message(), c.trend(), headline, rows, c.totalRows(), c.truncated(), extras, c.series(), c.export(),
                        c.error()));
                ordinal++;
            }
            layers.add(new Snapshot.Layer(layer.id(), layer.icon(), layer.titleZh(), layer.titleEn(), layer.hasIssues(),
                    List.copyOf(cards)));
        }
        return new Snapshot(faces.schemaVersion(), faces.scope(), faces.referenceDate(), faces.computedAt(),
                faces.dataVersion(), faces.configFingerprint(), faces.horizon(), faces.data(), faces.flags(),
                faces.computeMillis(), List.copyOf(layers));
    }

    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private static Object lazy(byte[] json, SnapshotMeta.Part part) {
        return json[part.start()] == '['
                ? new LazyJson.Rows(json, part.start(), part.end(), SnapshotCodec::decodeArray)
                : new LazyJson.Fields(json, part.start(), part.end(), SnapshotCodec::decodeObject);
    }

    private static Object decodeArray(LazyJson.Slice slice) {
        List<?> list = VALUE.readValue(slice.json, slice.start, slice.end - slice.start);
        return Collections.unmodifiableList(list);
    }

    private static Object decodeObject(LazyJson.Slice slice) {
        Map<?, ?> map = VALUE.readValue(slice.json, slice.start, slice.end - slice.start);
        return Collections.unmodifiableMap(map);
    }

    /**
     * Parses the whole value once: checks that it is one well-formed JSON object, takes its metadata and finds where
     * each card's headline, rows and extras (objects or arrays) lie.
     *
     * @throws Unreadable when it is not
     */
    static SnapshotMeta index(byte[] json) {
        int schemaVersion = -1;
        Snapshot.Scope scope = null;
        String computedAt = null;
        String dataVersion = null;
        String fingerprint = null;
        List<SnapshotMeta.Part> parts = new ArrayList<>();
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
                    case "scope" -> scope = scope(p, value);
                    case "layers" -> layers(p, value, parts);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new Unreadable("text after the snapshot");
            }
        } catch (StreamReadException e) {
            throw new Unreadable("not well-formed JSON (" + e.getOriginalMessage() + ")");
        }
        if (scope == null || computedAt == null || dataVersion == null) {
            throw new Unreadable(schemaVersion < 0 ? "schemaVersion missing" : "scope, computedAt or dataVersion missing");
        }
        return new SnapshotMeta(schemaVersion, scope, computedAt, dataVersion, fingerprint, json.length, crc32c(json),
                List.copyOf(parts));
    }

    private static Snapshot.Scope scope(JsonParser p, JsonToken value) {
        if (value != JsonToken.START_OBJECT) {
            throw new Unreadable("scope is not an object");
        }
        String kind = null;
        String store = null;
        String label = null;
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
        if (kind == null) {
            return null;
        }
        return "ALL".equals(kind) ? Snapshot.Scope.all() : new Snapshot.Scope(kind, store, label);
    }

    /** Walks layers[].cards[] and records the parts. */
    private static void layers(JsonParser p, JsonToken value, List<SnapshotMeta.Part> parts) {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        int card = 0;
        while (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("cards") && v == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        cardParts(p, card++, parts);
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    private static void cardParts(JsonParser p, int card, List<SnapshotMeta.Part> parts) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if (LAZY_FIELDS.contains(field) && (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY)) {
                int start = (int) p.currentTokenLocation().getByteOffset();
                p.skipChildren();
                int end = (int) p.currentLocation().getByteOffset();
                parts.add(new SnapshotMeta.Part(card, field, start, end));
            } else {
                p.skipChildren();
            }
        }
    }

    private static String text(JsonParser p, JsonToken token) {
        return token == JsonToken.VALUE_NULL ? null : p.getValueAsString();
    }

    static long crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        return crc.getValue();
    }

    /** A stored value this version cannot use; the message says why, for the log. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }
}
