package com.storeboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.storeboard.cache.SnapshotUpdated;
import com.storeboard.cache.Subscription;
import com.storeboard.diagnosis.model.Snapshot;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

@TestPropertySource(properties = {"storeboard.api.events-heartbeat=200ms", "storeboard.api.events-max-streams=3"})
class SnapshotEventsApiTest extends ApiWebTest {

    @Autowired
    SnapshotStreams streams;

    private final List<MvcResult> open = new ArrayList<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    @SuppressWarnings("unchecked")
    private final ArgumentCaptor<Consumer<SnapshotUpdated>> listeners = ArgumentCaptor.forClass(Consumer.class);

    @BeforeEach
    void eachSubscriptionIsAMock() {
        when(events.subscribe(any())).thenAnswer(invocation -> {
            Subscription subscription = mock(Subscription.class);
            subscriptions.add(subscription);
            return subscription;
        });
    }

    @AfterEach
    void closeStreams() {
        open.forEach(r -> r.getRequest().getAsyncContext().complete());
    }

    @Test
    void a_stream_subscribes_when_it_opens_and_sends_each_update_as_a_snapshot_updated_event() throws Exception {
        MvcResult stream = connect();
        verify(events).subscribe(listeners.capture());
        assertThat(stream.getResponse().getContentType()).startsWith("text/event-stream");

        listeners.getValue().accept(new SnapshotUpdated(Snapshot.Scope.store(DONGHU), "2026-11-25T08:00:00+08:00",
                "ab12cd34", "node-b"));

        String expected = "event:snapshot-updated\n"
                + "data:{\"scope\":{\"kind\":\"STORE\",\"storeName\":\"星河便利（东湖店）\",\"label\":\"星河便利（东湖店）\"},"
                + "\"computedAt\":\"2026-11-25T08:00:00+08:00\",\"dataVersion\":\"ab12cd34\",\"node\":\"node-b\"}\n\n";
        assertThat(awaitContent(stream, expected)).startsWith(":connected\n\n").contains(expected);
    }

    @Test
    void an_update_of_all_stores_has_a_null_store_name() throws Exception {
        MvcResult stream = connect();
        verify(events).subscribe(listeners.capture());

        listeners.getValue().accept(new SnapshotUpdated(Snapshot.Scope.all(), "2026-11-25T08:05:00+08:00", "ee77", "node-a"));

        assertThat(awaitContent(stream, "event:snapshot-updated\n")).contains(
                "data:{\"scope\":{\"kind\":\"ALL\",\"storeName\":null,\"label\":\"全部门店\"},"
                        + "\"computedAt\":\"2026-11-25T08:05:00+08:00\",\"dataVersion\":\"ee77\",\"node\":\"node-a\"}\n\n");
    }

    @Test
    void an_open_stream_gets_a_heartbeat_comment() throws Exception {
        MvcResult stream = connect();

        assertThat(awaitContent(stream, ":heartbeat\n\n")).contains(":heartbeat\n\n");
    }

    @Test
    void the_subscription_ends_when_the_stream_completes() throws Exception {
        MvcResult stream = connect();
        int before = streams.openStreams();

        open.remove(stream);
        stream.getRequest().getAsyncContext().complete();

        verify(subscriptions.getFirst()).close();
        assertThat(streams.openStreams()).isEqualTo(before - 1);
    }

    @Test
    void the_subscription_ends_when_the_stream_times_out() throws Exception {
        MvcResult stream = connect();
        MockAsyncContext context = (MockAsyncContext) stream.getRequest().getAsyncContext();

        for (AsyncListener listener : List.copyOf(context.getListeners())) {
            listener.onTimeout(new AsyncEvent(context));
        }

        verify(subscriptions.getFirst()).close();
    }

    @Test
    void the_subscription_ends_when_the_stream_fails() throws Exception {
        MvcResult stream = connect();
        MockAsyncContext context = (MockAsyncContext) stream.getRequest().getAsyncContext();

        for (AsyncListener listener : List.copyOf(context.getListeners())) {
            listener.onError(new AsyncEvent(context, new java.io.IOException("Broken pipe")));
        }

        verify(subscriptions.getFirst()).close();
    }

    @Test
    void more_streams_than_the_maximum_are_refused_with_503() throws Exception {
        assertThat(streams.openStreams()).isZero();
        for (int i = 0; i < 3; i++) {
            connect();
        }
        mvc.perform(get("/api/diagnosis/events"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:storeboard:problem:too-many-streams"))
                .andExpect(jsonPath("$.maxStreams").value(3));
        verify(events, times(3)).subscribe(any());
        verify(subscriptions.getFirst(), never()).close();
    }

    @Test
    void a_stream_that_cannot_subscribe_is_a_503_problem_and_leaves_nothing_open() throws Exception {
        when(events.subscribe(any())).thenThrow(new org.springframework.dao.DataAccessResourceFailureException("Redis down"));

        mvc.perform(get("/api/diagnosis/events"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:storeboard:problem:storage-unavailable"));
        assertThat(streams.openStreams()).isZero();
    }

    private MvcResult connect() throws Exception {
        MvcResult result = mvc.perform(get("/api/diagnosis/events")).andExpect(request().asyncStarted()).andReturn();
        open.add(result);
        return result;
    }

    private static String awaitContent(MvcResult result, String part) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        String content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        while (!content.contains(part) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        }
        return content;
    }
}
