package com.storeboard.api;

import com.storeboard.jobs.JobHistory;
import com.storeboard.jobs.JobRun;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The job run history: one run (the one a refresh request pointed at) or the most recent ones. */
@RestController
class JobsController {

    private final JobHistory history;
    private final ApiProperties properties;

    JobsController(JobHistory history, ApiProperties properties) {
        this.history = history;
        this.properties = properties;
    }

    @GetMapping(ApiPaths.RUNS + "/{runId}")
    RunJson run(@PathVariable String runId, HttpServletRequest request) {
        return history.run(runId).map(r -> RunJson.of(r, request.getContextPath()))
                .orElseThrow(() -> ApiProblem.unknownRun(runId));
    }

    @GetMapping(ApiPaths.RUNS)
    Runs runs(@RequestParam(defaultValue = "20") int limit, HttpServletRequest request) {
        if (limit < 1 || limit > properties.maxRunsLimit()) {
            throw ApiProblem.badLimit(limit, properties.maxRunsLimit());
        }
        return new Runs(limit, history.recent(limit).stream().map(r -> RunJson.of(r, request.getContextPath())).toList());
    }

    /** Newest first. */
    record Runs(int limit, List<RunJson> runs) {
    }

    /**
     * A job run as the API writes it: instants as ISO-8601 UTC strings, the duration in milliseconds; the stack trace
     * of a failed run stays in the job view and the log (only its one-line message is here).
     */
    record RunJson(String runId, String job, String trigger, String node, String scheduledAt, String startedAt,
            String finishedAt, Long durationMillis, String outcome, String reason, int scopesRefreshed,
            int scopesTotal, String detail, String errorMessage, Links links) {

        record Links(String self) {
        }

        static RunJson of(JobRun run, String contextPath) {
            return new RunJson(run.runId(), run.job(), run.trigger(), run.node(), iso(run.scheduledAt()),
                    iso(run.startedAt()), iso(run.finishedAt()), run.durationMillis(), run.outcome(), run.reason(),
                    run.scopesRefreshed(), run.scopesTotal(), run.detail(), run.errorMessage(),
                    new Links(ApiPaths.run(contextPath, run.runId())));
        }
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
