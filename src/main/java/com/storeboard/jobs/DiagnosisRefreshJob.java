package com.storeboard.jobs;

import com.storeboard.cache.RefreshOptions;
import com.storeboard.cache.Reservation;
import com.storeboard.cache.ScopeRefresh;
import com.storeboard.cache.SnapshotRefresher;
import com.storeboard.config.StoreboardProperties;
import com.storeboard.diagnosis.model.Snapshot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 更新诊断数据缓存 / Refresh diagnosis cache: refreshes each scope in turn through the cache (which skips scopes whose
 * data and settings did not change). One scope at a time, so that only one scope's data is in memory; a failing
 * scope is recorded and the others go on. Never throws: the result tells the history what happened.
 */
@DisallowConcurrentExecution
class DiagnosisRefreshJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(DiagnosisRefreshJob.class);

    private final SnapshotRefresher refresher;
    private final StoreboardProperties properties;

    DiagnosisRefreshJob(SnapshotRefresher refresher, StoreboardProperties properties) {
        this.refresher = refresher;
        this.properties = properties;
    }

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult(run(context));
    }

    RefreshRunResult run(JobExecutionContext context) {
        long start = System.nanoTime();
        String runId = RunData.runId(context);
        RunReason reason = RunData.reason(context);
        JobDataMap data = context.getMergedJobDataMap();
        List<Snapshot.Scope> scopes;
        try {
            scopes = RunData.scopes(data).orElseGet(refresher::scopes);
        } catch (RuntimeException e) {
            long millis = elapsed(start);
            log.error("[后台任务] 更新诊断数据缓存失败 (原因: {}): 无法列出门店: {}。页面继续显示上次的快照；请检查数据库是否可用 "
                    + "(/actuator/health)，下次定时运行 ({}) 会自动重试。", reason.label(), e.getMessage(), every(), e);
            return RefreshRunResult.failed(runId, reason, millis, "无法列出门店: " + e.getMessage(), stackTrace(e));
        }
        log.info("[后台任务] 开始更新诊断数据缓存 (原因: {}, {} 个范围)", reason.label(), scopes.size());

        boolean force = RunData.force(data);
        String token = reason == RunReason.RECOVERY ? null : data.getString(RunData.RESERVATION_TOKEN);
        List<ScopeRefresh> results = new ArrayList<>();
        for (Snapshot.Scope scope : scopes) {
            Reservation reservation = token == null ? null : new Reservation(scope, runId, token);
            ScopeRefresh result = refreshOne(scope,
                    new RefreshOptions(force, properties.cache().joinWait(), runId, reservation));
            results.add(result);
        }

        RefreshRunResult result = RefreshRunResult.of(runId, reason, results, elapsed(start));
        logEnd(result);
        return result;
    }

    private ScopeRefresh refreshOne(Snapshot.Scope scope, RefreshOptions options) {
        long start = System.nanoTime();
        try {
            return refresher.refresh(scope, options);
        } catch (RuntimeException e) {
            // the refresher promises not to throw; if it does, this scope failed and the others still run
            log.warn("[后台任务] 范围 {} 更新失败: {}。继续显示它上次的快照。", scope.label(), e.getMessage(), e);
            return new ScopeRefresh(scope, ScopeRefresh.Outcome.FAILED, null, null, elapsed(start), options.runId(),
                    e.getClass().getSimpleName() + ": " + e.getMessage(), stackTrace(e));
        }
    }

    private void logEnd(RefreshRunResult result) {
        String counts = "%d 个范围: 重算 %d, 未变化 %d, 失败 %d; 耗时 %s".formatted(result.scopes().size(),
                result.refreshed(), result.unchanged(), result.failed(), JobTexts.seconds(result.millis()));
        switch (result.outcome()) {
            case SUCCESS -> log.info("[后台任务] 诊断数据已更新并缓存 ({})", counts);
            case PARTIAL -> log.warn("[后台任务] 诊断数据部分更新 ({})。失败的范围: {}。它们继续显示上次的快照；下次定时运行 ({}) "
                    + "会再试，也可在“任务管理”中手动刷新。", counts, failedLabels(result), every());
            case FAILED -> log.error("[后台任务] 更新诊断数据缓存失败 ({})。第一个错误: {}。页面继续显示上次的快照；请检查 Redis "
                    + "和数据库是否可用 (/actuator/health)，下次定时运行 ({}) 会自动重试。", counts, result.firstError(), every());
        }
    }

    private String every() {
        return JobTexts.every(properties.jobs().refreshInterval());
    }

    private static String failedLabels(RefreshRunResult result) {
        return result.scopes().stream().filter(ScopeRefresh::failed).map(s -> s.scope().label())
                .collect(Collectors.joining("、"));
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
