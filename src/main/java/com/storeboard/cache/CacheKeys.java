package com.storeboard.cache;

import com.storeboard.diagnosis.model.Snapshot;
import java.nio.charset.StandardCharsets;

/**
 * The names of everything Storeboard keeps in Redis. A store's key carries the store name itself, so that
 * {@code redis-cli --raw keys 'diagnosis:*'} reads like the store list.
 *
 * <pre>
 * diagnosis:latest                      全部门店, TTL storeboard.cache.ttl
 * diagnosis:latest:store:{store}        one store, same TTL
 * diagnosis:lastgood[:store:{store}]    the last snapshot written, no TTL (served stale when latest is gone)
 * diagnosis:latest-meta…, diagnosis:lastgood-meta…  length, CRC-32C and card index of the JSON beside it (SnapshotMeta)
 * lock:diagnosis:refresh[:store:{store}] single-flight lock of a refresh, "{runId} {token}", PX storeboard.cache.lock-ttl
 * diagnosis:updated                     channel: a snapshot was written
 * </pre>
 */
record CacheKeys(String prefix) {

    String latest(Snapshot.Scope scope) {
        return prefix + "diagnosis:latest" + suffix(scope);
    }

    String lastGood(Snapshot.Scope scope) {
        return prefix + "diagnosis:lastgood" + suffix(scope);
    }

    String latestMeta(Snapshot.Scope scope) {
        return prefix + "diagnosis:latest-meta" + suffix(scope);
    }

    String lastGoodMeta(Snapshot.Scope scope) {
        return prefix + "diagnosis:lastgood-meta" + suffix(scope);
    }

    String lock(Snapshot.Scope scope) {
        return prefix + "lock:diagnosis:refresh" + suffix(scope);
    }

    String channel() {
        return prefix + "diagnosis:updated";
    }

    static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private static String suffix(Snapshot.Scope scope) {
        return scope.isAll() ? "" : ":store:" + scope.storeName();
    }
}
