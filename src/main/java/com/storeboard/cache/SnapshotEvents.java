package com.storeboard.cache;

import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * This node's listeners of {@link SnapshotUpdated}, fed from the Redis channel (so updates written by any node
 * arrive). Listeners run on the subscriber thread: hand work off quickly (a view uses {@code UI.access}).
 */
@Component
public class SnapshotEvents {

    public Subscription subscribe(Consumer<SnapshotUpdated> listener) {
        throw new UnsupportedOperationException("being built");
    }
}
