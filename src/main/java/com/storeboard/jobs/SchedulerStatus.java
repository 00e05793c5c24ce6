package com.storeboard.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The scheduler as an operator sees it (the seed's {@code get_scheduler_status}, done fully).
 *
 * @param node  this node's instance id
 * @param nodes every node checked in to the clustered job store, this one included
 */
public record SchedulerStatus(boolean running, String schedulerName, String node, boolean clustered, List<Node> nodes,
        List<JobStatus> jobs) {

    public record Node(String instanceId, Instant lastCheckin, Duration checkinInterval, boolean self) {
    }

    /**
     * @param id       job key name (update_diagnosis …)
     * @param interval null for a job without a repeating trigger
     */
    public record JobStatus(String id, String group, String nameZh, String nameEn, String description, boolean paused,
            boolean running, Instant nextRun, Instant previousRun, Duration interval, JobRun lastRun) {
    }
}
