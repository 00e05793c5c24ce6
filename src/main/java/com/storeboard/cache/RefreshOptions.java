package com.storeboard.cache;

import java.time.Duration;

/**
 * @param force       compute even when data and settings did not change (a person asked for it)
 * @param joinWait    how long to wait for a refresh of the same scope that is already running; zero returns
 *                    IN_PROGRESS at once
 * @param runId       recorded in the lock, so that a second request can tell which run it waits for
 * @param reservation a lock taken earlier with {@link SnapshotRefresher#reserve}, or null to take one now
 */
public record RefreshOptions(boolean force, Duration joinWait, String runId, Reservation reservation) {

    public static RefreshOptions scheduled(String runId, Duration joinWait) {
        return new RefreshOptions(false, joinWait, runId, null);
    }
}
