package com.storeboard.cache;

import com.storeboard.diagnosis.model.Snapshot;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Cache entries for tests of other features (the API): any bytes, with the metadata given. */
public final class CachedSnapshots {

    private CachedSnapshots() {
    }

    public static CachedSnapshot of(Snapshot.Scope scope, String computedAt, String dataVersion, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new CachedSnapshot(new SnapshotMeta(Snapshot.SCHEMA_VERSION, scope, computedAt, dataVersion, "cfg1",
                bytes.length, SnapshotCodec.crc32c(bytes), List.of()), bytes, null);
    }
}
