package com.storeboard.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Read-side questions about the stored order data, and the administrative deletion of a store's data. */
@Service
public class OrderDataService {

    private static final Logger log = LoggerFactory.getLogger(OrderDataService.class);

    private final OrderLineRepository lines;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    public OrderDataService(OrderLineRepository lines, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.lines = lines;
        this.transactions = transactions;
        this.events = events;
    }

    /** Every store with its date coverage, sorted by store name (code point order). */
    public List<StoreCoverage> coverage() {
        Map<String, StoreCoverage> byStore = new TreeMap<>(Digests.CODE_POINT_ORDER);
        for (Partition p : lines.partitions()) {
            byStore.merge(p.storeName(), new StoreCoverage(p.storeName(), p.date(), p.date(), 1, p.rowCount()),
                    (a, b) -> new StoreCoverage(a.storeName(), min(a.firstDay(), b.firstDay()), max(a.lastDay(), b.lastDay()),
                            a.days() + b.days(), a.lines() + b.lines()));
        }
        return List.copyOf(byStore.values());
    }

    public boolean isEmpty() {
        return lines.partitions().isEmpty();
    }

    /** The data version of one store, or of 全部门店 when {@code storeName} is null. */
    public String dataVersion(String storeName) {
        return lines.dataVersion(storeName);
    }

    /** Deletes a store's lines (optionally only [from, to]) in one transaction; returns the lines deleted. */
    public int deleteStore(String storeName, LocalDate from, LocalDate to) {
        Integer deleted = transactions.execute(status -> {
            lines.lockImports();
            return lines.deleteStore(storeName, from, to);
        });
        int count = deleted == null ? 0 : deleted;
        log.info("Deleted {} order lines of store {} ({} – {}).", count, storeName, from == null ? "…" : from,
                to == null ? "…" : to);
        if (count > 0) {
            events.publishEvent(new OrderDataChanged(Set.of(storeName), "delete"));
        }
        return count;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
