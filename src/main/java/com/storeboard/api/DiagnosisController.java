package com.storeboard.api;

import com.storeboard.cache.CachedSnapshot;
import com.storeboard.cache.SnapshotCache;
import com.storeboard.cache.SnapshotRead;
import com.storeboard.cache.SnapshotRefresher;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.jobs.RefreshRequests;
import com.storeboard.jobs.RefreshTicket;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The diagnosis for machines. {@code latest} only reads the cache (never computes) and sends the snapshot's JSON
 * bytes exactly as the cache stored them (gzip-coded, compressed once per snapshot, to clients that accept it);
 * {@code refresh} asks the jobs for a forced refresh (single flight per scope) and answers at once with the run to
 * follow.
 */
@RestController
class DiagnosisController {

    static final MediaType JSON_UTF8 = new MediaType("application", "json", StandardCharsets.UTF_8);
    static final String DATA_AGE = "X-Data-Age";
    static final String STALE = "X-Stale";
    static final String STALE_REASON = "X-Stale-Reason";
    static final String COMPUTED_AT = "X-Computed-At";
    static final String DATA_VERSION = "X-Data-Version";
    /** Smaller snapshots are sent as they are: gzip would not pay off. */
    static final int GZIP_MIN_BYTES = 1024;

    private final SnapshotCache cache;
    private final SnapshotRefresher refresher;
    private final RefreshRequests refreshes;
    private final ApiProperties properties;
    private final ReadLog readLog;
    private final CompressedSnapshots compressed;

    DiagnosisController(SnapshotCache cache, SnapshotRefresher refresher, RefreshRequests refreshes,
            ApiProperties properties, ReadLog readLog, CompressedSnapshots compressed) {
        this.cache = cache;
        this.refresher = refresher;
        this.refreshes = refreshes;
        this.properties = properties;
        this.readLog = readLog;
        this.compressed = compressed;
    }

    @GetMapping(ApiPaths.LATEST)
    ResponseEntity<byte[]> latest(@RequestParam(required = false) String store,
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        Snapshot.Scope scope = scope(store);
        SnapshotRead read = cache.read(scope);
        CachedSnapshot snapshot = read.snapshot();
        if (snapshot == null || read.freshness() == SnapshotRead.Freshness.MISSING) {
            requireKnown(scope);
            throw ApiProblem.warmingUp(scope, properties.warmUpRetryAfter());
        }
        long ageSeconds = read.age().toSeconds();
        readLog.served(read, ageSeconds);

        HttpHeaders headers = new HttpHeaders();
        headers.set(DATA_AGE, Long.toString(ageSeconds));
        headers.set(STALE, Boolean.toString(read.stale()));
        if (read.stale()) {
            headers.set(STALE_REASON, reason(read.reason()));
        }
        if (snapshot.computedAt() != null) {
            headers.set(COMPUTED_AT, snapshot.computedAt());
        }
        if (snapshot.dataVersion() != null) {
            headers.set(DATA_VERSION, snapshot.dataVersion());
        }
        headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        String etag = etag(snapshot.dataVersion(), snapshot.computedAt());
        byte[] body = snapshot.json();
        if (body.length >= GZIP_MIN_BYTES && CompressedSnapshots.acceptsGzip(acceptEncoding)) {
            // the same JSON bytes, content-coded once per snapshot; a representation of its own, so its own tag
            body = compressed.gzip(snapshot);
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
            etag = etag.substring(0, etag.length() - 1) + "-gzip\"";
        }
        return ResponseEntity.ok()
                .headers(headers)
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .contentType(JSON_UTF8)
                .body(body);
    }

    @PostMapping(ApiPaths.REFRESH)
    ResponseEntity<RefreshAccepted> refresh(@RequestParam(required = false) String store, HttpServletRequest request) {
        Snapshot.Scope scope = scope(store);
        requireKnown(scope);
        RefreshTicket ticket = refreshes.request(scope);
        String context = request.getContextPath();
        String run = ApiPaths.run(context, ticket.runId());
        RefreshAccepted body = new RefreshAccepted(ticket.runId(), ticket.status().name(), ScopeJson.of(ticket.scope()),
                new RefreshAccepted.Links(run, ApiPaths.latest(context, ticket.scope())));
        return ResponseEntity.accepted().location(URI.create(run)).body(body);
    }

    /**
     * The answer to {@code POST /api/diagnosis/refresh}.
     *
     * @param status STARTED (this request started a run) or IN_PROGRESS (a run of the scope was already going; its id)
     */
    record RefreshAccepted(String runId, String status, ScopeJson scope, Links links) {
        record Links(String run, String latest) {
        }
    }

    /** No parameter (or an empty one) is 全部门店; any other value is a store name, matched exactly. */
    static Snapshot.Scope scope(String store) {
        return store == null || store.isEmpty() ? Snapshot.Scope.all() : Snapshot.Scope.store(store);
    }

    private void requireKnown(Snapshot.Scope scope) {
        if (scope.isAll()) {
            return;
        }
        List<String> known = refresher.scopes().stream().filter(s -> !s.isAll()).map(Snapshot.Scope::storeName).toList();
        if (!known.contains(scope.storeName())) {
            throw ApiProblem.unknownStore(scope.storeName(), known);
        }
    }

    static String reason(SnapshotRead.StaleReason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A strong entity tag that changes with the data and with every computation: {@code "dataVersion@computedAt"}
     * (the data version is hex, computedAt an ISO offset time: both are valid entity-tag characters); anything else
     * is hashed so that the header stays valid.
     */
    static String etag(String dataVersion, String computedAt) {
        String tag = dataVersion + "@" + computedAt;
        boolean valid = !tag.isEmpty() && tag.chars().allMatch(c -> c >= 0x21 && c <= 0x7e && c != '"');
        return "\"" + (valid ? tag : sha256(tag)) + "\"";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
