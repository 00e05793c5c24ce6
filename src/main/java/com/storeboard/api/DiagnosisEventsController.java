package com.storeboard.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/diagnosis/events}: a server-sent event {@code snapshot-updated} whenever any node writes a new
 * snapshot, and a {@code :heartbeat} comment every {@code storeboard.api.events-heartbeat}.
 */
@RestController
class DiagnosisEventsController {

    private final SnapshotStreams streams;

    DiagnosisEventsController(SnapshotStreams streams) {
        this.streams = streams;
    }

    @GetMapping(path = ApiPaths.EVENTS, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events() {
        return streams.open();
    }
}
