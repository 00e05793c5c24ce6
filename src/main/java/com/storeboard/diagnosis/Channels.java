package com.storeboard.diagnosis;

import com.storeboard.orders.Digests;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Items grouped by channel, in the channel order of §1.7: count descending, amount descending, name ascending. */
final class Channels {

    /** One channel's items: how many and their amount (money units). */
    record Group(String channel, int count, long amount) {
    }

    static final Comparator<Group> ORDER = Comparator.comparingInt(Group::count).reversed()
            .thenComparing(Comparator.comparingLong(Group::amount).reversed())
            .thenComparing(Group::channel, Digests.CODE_POINT_ORDER);

    private final Map<String, long[]> groups = new LinkedHashMap<>();

    void add(String channel, long amount) {
        long[] g = groups.computeIfAbsent(channel, c -> new long[2]);
        g[0]++;
        g[1] += amount;
    }

    /** Every channel, in §1.7 channel order. */
    List<Group> ordered() {
        List<Group> list = new ArrayList<>();
        groups.forEach((channel, g) -> list.add(new Group(channel, (int) g[0], g[1])));
        list.sort(ORDER);
        return list;
    }
}
