package com.storeboard.jobs;

import org.springframework.stereotype.Service;

/** Reads the scheduler's state for the REST API and the job admin view. */
@Service
public class SchedulerStatusService {

    public SchedulerStatus status() {
        throw new UnsupportedOperationException("being built");
    }
}
