package com.storeboard.api;

import com.storeboard.diagnosis.model.Snapshot;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** The API's own paths, relative to the context path, as links and {@code Location} headers give them. */
final class ApiPaths {

    static final String LATEST = "/api/diagnosis/latest";
    static final String REFRESH = "/api/diagnosis/refresh";
    static final String EVENTS = "/api/diagnosis/events";
    static final String RUNS = "/api/jobs/runs";
    static final String SCHEDULER_STATUS = "/api/scheduler/status";

    private ApiPaths() {
    }

    static String run(String contextPath, String runId) {
        return contextPath + RUNS + "/" + UriUtils.encodePathSegment(runId, StandardCharsets.UTF_8);
    }

    static String latest(String contextPath, Snapshot.Scope scope) {
        return contextPath + LATEST + (scope.isAll() ? "" : "?store=" + encodeQueryValue(scope.storeName()));
    }

    static String encodeQueryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
