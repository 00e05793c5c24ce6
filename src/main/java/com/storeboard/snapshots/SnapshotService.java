package com.storeboard.snapshots;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.DiagnosisEngine;
import com.storeboard.diagnosis.ScopeData;
import com.storeboard.diagnosis.ScopeDataBuilder;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.orders.Digests;
import com.storeboard.orders.OrderLineRepository;
import com.storeboard.orders.Partition;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the snapshot of a scope from the stored order lines: one read-only REPEATABLE READ transaction reads the
 * scope's partitions (data version, earliest stored date, latest date) and then only the lines of the horizon, so
 * that a concurrent import yields the old or the new version, never a mix (DATA.md §4.12).
 */
@Service
public class SnapshotService {

    private static final Logger log = LoggerFactory.getLogger(SnapshotService.class);

    private final ScopeReader reader;
    private final OrderLineRepository lines;
    private final TransactionTemplate readOnly;
    private final DiagnosisProperties config;
    private final Clock clock;
    private final DiagnosisEngine engine = new DiagnosisEngine();

    SnapshotService(ScopeReader reader, OrderLineRepository lines, PlatformTransactionManager transactions,
            DiagnosisProperties config, Clock clock) {
        this.reader = reader;
        this.lines = lines;
        this.config = config;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        readOnly.setName("diagnosis read");
    }

    /** Every scope there is: 全部门店 first, then each stored store in code point order. */
    public List<Snapshot.Scope> scopes() {
        Set<String> stores = new TreeSet<>(Digests.CODE_POINT_ORDER);
        lines.partitions().forEach(p -> stores.add(p.storeName()));
        List<Snapshot.Scope> scopes = new ArrayList<>();
        scopes.add(Snapshot.Scope.all());
        stores.forEach(s -> scopes.add(Snapshot.Scope.store(s)));
        return scopes;
    }

    /** The dataVersion a snapshot of the scope computed now would carry (a cheap read of the partitions). */
    public String dataVersion(Snapshot.Scope scope) {
        return Digests.dataVersion(scope.isAll() ? lines.partitions() : lines.partitions(scope.storeName()));
    }

    /** The configFingerprint a snapshot computed now would carry. */
    public String configFingerprint() {
        return config.fingerprint();
    }

    /** The snapshot of one scope, computed now from what is stored. */
    public Snapshot compute(Snapshot.Scope scope) {
        String computedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        Snapshot snapshot = readOnly.execute(status -> {
            String store = scope.isAll() ? null : scope.storeName();
            List<Partition> partitions = store == null ? lines.partitions() : lines.partitions(store);
            ScopeData data = read(partitions);
            return engine.diagnose(data, scope, config, Digests.dataVersion(partitions), computedAt);
        });
        log.debug("Diagnosis of {} computed in {} ms ({} lines).", scope.label(), snapshot.computeMillis().total(),
                snapshot.data().lines());
        return snapshot;
    }

    private ScopeData read(List<Partition> partitions) {
        if (partitions.isEmpty()) {
            return builder(0).build(null);
        }
        LocalDate earliest = partitions.stream().map(Partition::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate latest = partitions.stream().map(Partition::date).max(LocalDate::compareTo).orElseThrow();
        LocalDate from = latest.minusDays(config.horizonDays() - 1L);
        ScopeData data = read(from, latest, partitions, earliest);
        LocalDate y = data.referenceDate();
        if (y != null && y.isBefore(latest)) {
            // the latest days hold only invalid orders: Y is earlier, so the horizon starts before what was read
            data = read(y.minusDays(config.horizonDays() - 1L), y, partitions, earliest);
        }
        return data;
    }

    private ScopeData read(LocalDate from, LocalDate to, List<Partition> partitions, LocalDate earliest) {
        long expected = partitions.stream().filter(p -> !p.date().isBefore(from) && !p.date().isAfter(to))
                .mapToLong(Partition::rowCount).sum();
        ScopeDataBuilder builder = builder((int) Math.min(expected, Integer.MAX_VALUE - 16));
        Set<String> stores = new TreeSet<>(Digests.CODE_POINT_ORDER);
        partitions.forEach(p -> stores.add(p.storeName()));
        reader.read(List.copyOf(stores), from, to, builder);
        return builder.build(earliest);
    }

    private ScopeDataBuilder builder(int expectedLines) {
        // orders: about 3 lines each in real exports; the builder grows by half if there are more
        return new ScopeDataBuilder(Set.copyOf(config.validOrder().feeChannels()), Set.copyOf(config.consumableCategories()),
                config.horizonDays(), expectedLines, expectedLines / 3);
    }
}
