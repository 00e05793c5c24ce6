package com.storeboard.api;

import com.storeboard.diagnosis.model.Snapshot;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request the API answers with a problem (RFC 9457, {@code application/problem+json}) instead of data. The
 * title and detail come from the message bundles ({@code api.problem.<type>.title|detail}, detail formatted with
 * {@link #args()}); {@link #properties()} are added to the body for machines.
 */
final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final Object[] args;
    private final Map<String, Object> properties;
    private final HttpHeaders headers;

    private ApiProblem(HttpStatus status, String type, Object[] args, Map<String, Object> properties,
            HttpHeaders headers) {
        super(type, null, false, false);
        this.status = status;
        this.type = type;
        this.args = args;
        this.properties = properties;
        this.headers = headers;
    }

    static ApiProblem unknownStore(String store, List<String> knownStores) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("store", store);
        properties.put("knownStores", knownStores);
        return new ApiProblem(HttpStatus.NOT_FOUND, "unknown-store",
                new Object[] {store, knownStores.isEmpty() ? "—" : String.join("、", knownStores)}, properties,
                HttpHeaders.EMPTY);
    }

    static ApiProblem warmingUp(Snapshot.Scope scope, Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("scope", ScopeJson.of(scope));
        properties.put("retryAfterSeconds", seconds);
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "warming-up", new Object[] {scope.label(), seconds},
                properties, headers);
    }

    static ApiProblem unknownRun(String runId) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "unknown-run", new Object[] {runId}, Map.of("runId", runId),
                HttpHeaders.EMPTY);
    }

    static ApiProblem badLimit(int limit, int max) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "bad-limit", new Object[] {limit, max},
                Map.of("limit", limit, "maxLimit", max), HttpHeaders.EMPTY);
    }

    static ApiProblem tooManyStreams(int max) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "too-many-streams", new Object[] {max},
                Map.of("maxStreams", max), HttpHeaders.EMPTY);
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }

    Object[] args() {
        return args.clone();
    }

    Map<String, Object> properties() {
        return properties;
    }

    HttpHeaders headers() {
        return headers;
    }
}
