package com.storeboard.api;

import com.storeboard.jobs.SchedulerStatus;
import com.storeboard.jobs.SchedulerStatusService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The scheduler as an operator's script sees it (the seed's {@code get_scheduler_status}). */
@RestController
class SchedulerController {

    private final SchedulerStatusService scheduler;

    SchedulerController(SchedulerStatusService scheduler) {
        this.scheduler = scheduler;
    }

    @GetMapping(ApiPaths.SCHEDULER_STATUS)
    StatusJson status(HttpServletRequest request) {
        return StatusJson.of(scheduler.status(), request.getContextPath());
    }

    /** Instants are ISO-8601 UTC strings, durations ISO-8601 durations ({@code PT5M}); absent values are null. */
    record StatusJson(boolean running, String schedulerName, String node, boolean clustered, List<NodeJson> nodes,
            List<JobJson> jobs) {

        static StatusJson of(SchedulerStatus status, String contextPath) {
            return new StatusJson(status.running(), status.schedulerName(), status.node(), status.clustered(),
                    status.nodes().stream().map(NodeJson::of).toList(),
                    status.jobs().stream().map(j -> JobJson.of(j, contextPath)).toList());
        }
    }

    record NodeJson(String instanceId, String lastCheckin, String checkinInterval, boolean self) {

        static NodeJson of(SchedulerStatus.Node node) {
            return new NodeJson(node.instanceId(), JobsController.iso(node.lastCheckin()), iso(node.checkinInterval()),
                    node.self());
        }
    }

    /** @param lastOutcome the outcome of {@code lastRun} (RUNNING, SUCCESS, PARTIAL, FAILED), null before the first */
    record JobJson(String id, String group, String nameZh, String nameEn, String description, boolean paused,
            boolean running, String nextRun, String previousRun, String interval, String lastOutcome,
            JobsController.RunJson lastRun) {

        static JobJson of(SchedulerStatus.JobStatus job, String contextPath) {
            JobsController.RunJson last = job.lastRun() == null ? null : JobsController.RunJson.of(job.lastRun(), contextPath);
            return new JobJson(job.id(), job.group(), job.nameZh(), job.nameEn(), job.description(), job.paused(),
                    job.running(), JobsController.iso(job.nextRun()), JobsController.iso(job.previousRun()),
                    iso(job.interval()), last == null ? null : last.outcome(), last);
        }
    }

    static String iso(Duration duration) {
        return duration == null ? null : duration.toString();
    }
}
