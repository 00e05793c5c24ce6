package com.storeboard.diagnosis.model;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a snapshot (DIAGNOSIS.md §3): fields in declaration order, numbers in plain notation with the
 * scale of their kind, dates as YYYY-MM-DD and times as YYYY-MM-DDTHH:mm:ss, nulls written.
 */
public final class SnapshotJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private SnapshotJson() {
    }

    public static String write(Snapshot snapshot) {
        return MAPPER.writeValueAsString(snapshot);
    }

    public static String writePretty(Snapshot snapshot) {
        return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(snapshot);
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
