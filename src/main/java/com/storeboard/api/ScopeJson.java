package com.storeboard.api;

import com.storeboard.diagnosis.model.Snapshot;

/** A scope as the API writes it: the same three fields as the snapshot's own {@code scope}. */
record ScopeJson(String kind, String storeName, String label) {

    static ScopeJson of(Snapshot.Scope scope) {
        return new ScopeJson(scope.kind(), scope.storeName(), scope.label());
    }
}
