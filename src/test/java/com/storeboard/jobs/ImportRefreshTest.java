package com.storeboard.jobs;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.orders.OrderDataChanged;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quartz.JobPersistenceException;

class ImportRefreshTest {

    private final RefreshTriggers triggers = mock(RefreshTriggers.class);

    @Test
    void an_import_starts_an_unforced_run_of_all_stores_and_the_changed_stores_at_once() throws Exception {
        new ImportRefresh(triggers, Settings.defaults()).onOrderDataChanged(new OrderDataChanged(Set.of("b店", "a店"), "import"));

        verify(triggers).runNow(eq(RunReason.IMPORT), anyString(),
                eq(List.of(Snapshot.Scope.all(), Snapshot.Scope.store("a店"), Snapshot.Scope.store("b店"))), eq(false), isNull());
    }

    @Test
    void with_refresh_on_import_off_an_import_starts_nothing() throws Exception {
        new ImportRefresh(triggers, Settings.jobs(Duration.ofMinutes(5), true, false, Duration.ofDays(30)))
                .onOrderDataChanged(new OrderDataChanged(Set.of("a店"), "import"));

        verify(triggers, never()).runNow(any(), any(), any(), anyBoolean(), any());
    }

    @Test
    void an_import_whose_refresh_cannot_be_started_still_succeeds() throws Exception {
        doThrow(new JobPersistenceException("database down")).when(triggers).runNow(any(), any(), any(), anyBoolean(), any());

        assertThatCode(() -> new ImportRefresh(triggers, Settings.defaults())
                .onOrderDataChanged(new OrderDataChanged(Set.of("a店"), "import"))).doesNotThrowAnyException();
    }
}
