package com.storeboard.orders;

import java.util.Set;

/**
 * Published after a committed change to stored order lines (an import, a deletion): the snapshots of these
 * stores and of 全部门店 are stale from now on.
 */
public record OrderDataChanged(Set<String> stores, String reason) {

    public OrderDataChanged {
        stores = Set.copyOf(stores);
    }
}
