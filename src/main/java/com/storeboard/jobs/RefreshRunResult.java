package com.storeboard.jobs;

import com.storeboard.cache.ScopeRefresh;
import java.util.List;

/**
 * What a run of 更新诊断数据缓存 did, handed to the history listener through {@code context.setResult}.
 *
 * @param scopes       one entry per scope, in the order they were refreshed
 * @param error        set when the run could not even list its scopes (then {@code scopes} is empty)
 * @param errorDetail  stack trace of {@code error}
 */
record RefreshRunResult(String runId, RunReason reason, Outcome outcome, List<ScopeRefresh> scopes, long millis,
        String error, String errorDetail) {

    enum Outcome { SUCCESS, PARTIAL, FAILED }

    RefreshRunResult {
        scopes = List.copyOf(scopes);
    }

    static RefreshRunResult of(String runId, RunReason reason, List<ScopeRefresh> scopes, long millis) {
        long failed = scopes.stream().filter(ScopeRefresh::failed).count();
        Outcome outcome = failed == 0 ? Outcome.SUCCESS : failed == scopes.size() ? Outcome.FAILED : Outcome.PARTIAL;
        return new RefreshRunResult(runId, reason, outcome, scopes, millis, null, null);
    }

    static RefreshRunResult failed(String runId, RunReason reason, long millis, String error, String errorDetail) {
        return new RefreshRunResult(runId, reason, Outcome.FAILED, List.of(), millis, error, errorDetail);
    }

    int refreshed() {
        return count(ScopeRefresh.Outcome.REFRESHED);
    }

    int failed() {
        return count(ScopeRefresh.Outcome.FAILED);
    }

    /** Scopes this run did not compute and that did not fail: unchanged, or computed by another run (joined). */
    int unchanged() {
        return scopes.size() - refreshed() - failed();
    }

    private int count(ScopeRefresh.Outcome outcome) {
        return (int) scopes.stream().filter(s -> s.outcome() == outcome).count();
    }

    /** The first failure's one-line message, for the history and the log. */
    String firstError() {
        if (error != null) {
            return error;
        }
        return scopes.stream().filter(ScopeRefresh::failed).findFirst()
                .map(s -> s.scope().label() + ": " + s.error()).orElse(null);
    }

    String firstErrorDetail() {
        if (errorDetail != null) {
            return errorDetail;
        }
        return scopes.stream().filter(ScopeRefresh::failed).findFirst().map(ScopeRefresh::errorDetail).orElse(null);
    }

    /** One line per scope: label, outcome, time, and what went wrong or whose run computed it. */
    String detail() {
        StringBuilder text = new StringBuilder();
        for (ScopeRefresh scope : scopes) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(scope.scope().label()).append(": ").append(scope.outcome()).append(" (").append(scope.millis())
                    .append(" ms)");
            if (scope.failed() && scope.error() != null) {
                text.append(" — ").append(scope.error());
            } else if (scope.runId() != null && !scope.runId().equals(runId)) {
                text.append(" — run ").append(scope.runId());
            }
        }
        return text.toString();
    }
}
