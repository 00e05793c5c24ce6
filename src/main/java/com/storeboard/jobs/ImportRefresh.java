package com.storeboard.jobs;

import com.storeboard.config.StoreboardProperties;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.orders.OrderDataChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After an import (or a deletion) committed: refreshes the stores it changed and 全部门店 at once, instead of at the
 * next scheduled fire. Never fails the import: if the run cannot be started, the next scheduled one catches up.
 */
@Component
class ImportRefresh {

    private static final Logger log = LoggerFactory.getLogger(ImportRefresh.class);

    private final RefreshTriggers triggers;
    private final StoreboardProperties properties;

    ImportRefresh(RefreshTriggers triggers, StoreboardProperties properties) {
        this.triggers = triggers;
        this.properties = properties;
    }

    @EventListener
    void onOrderDataChanged(OrderDataChanged change) {
        if (!properties.jobs().refreshOnImport() || change.stores().isEmpty()) {
            return;
        }
        List<Snapshot.Scope> scopes = scopes(change);
        try {
            triggers.runNow(RunReason.IMPORT, UUID.randomUUID().toString(), scopes, false, null);
            log.info("[后台任务] 订单数据已变化 ({}): 立即更新 {} 个范围的诊断数据缓存", change.reason(), scopes.size());
        } catch (SchedulerException | RuntimeException e) {
            log.warn("[后台任务] 订单数据已变化，但无法立即更新缓存: {}。下次定时运行 ({}) 会更新它。", e.getMessage(),
                    JobTexts.every(properties.jobs().refreshInterval()));
        }
    }

    /** 全部门店 first, then the changed stores in name order. */
    static List<Snapshot.Scope> scopes(OrderDataChanged change) {
        List<Snapshot.Scope> scopes = new ArrayList<>();
        scopes.add(Snapshot.Scope.all());
        change.stores().stream().sorted().map(Snapshot.Scope::store).forEach(scopes::add);
        return scopes;
    }
}
