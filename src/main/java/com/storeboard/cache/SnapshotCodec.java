package com.storeboard.cache;

import com.storeboard.diagnosis.model.Snapshot;

/** JSON bytes ⇄ snapshot, with the snapshot's own JSON form (DIAGNOSIS.md §3). */
final class SnapshotCodec {

    private SnapshotCodec() {
    }

    static Snapshot decode(byte[] json) {
        throw new UnsupportedOperationException("being built");
    }
}
