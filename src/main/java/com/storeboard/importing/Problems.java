package com.storeboard.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every problem of an import: complete counts per code, and the problems themselves up to a safety cap
 * (a file where every row is wrong must not exhaust the heap).
 */
final class Problems {

    static final int REPORT_CAP = 100_000;

    private final Map<ImportCode, Integer> errorCounts = new EnumMap<>(ImportCode.class);
    private final Map<ImportCode, Integer> warningCounts = new EnumMap<>(ImportCode.class);
    private final List<ImportProblem> kept = new ArrayList<>();

    void add(ImportProblem problem) {
        ImportCode.Level level = problem.code().level();
        Map<ImportCode, Integer> counts = level == ImportCode.Level.ERROR || level == ImportCode.Level.FILE
                ? errorCounts : warningCounts;
        counts.merge(problem.code(), 1, Integer::sum);
        if (kept.size() < REPORT_CAP) {
            kept.add(problem);
        }
    }

    boolean hasErrors() {
        return !errorCounts.isEmpty();
    }

    Map<ImportCode, Integer> errorCounts() {
        return errorCounts;
    }

    Map<ImportCode, Integer> warningCounts() {
        return warningCounts;
    }

    /** Errors (row and file level), sorted by (file, row, column). */
    List<ImportProblem> errors() {
        return sorted(true);
    }

    /** Warnings and infos, sorted by (file, row, column). */
    List<ImportProblem> warnings() {
        return sorted(false);
    }

    List<ImportProblem> all() {
        List<ImportProblem> all = new ArrayList<>(kept);
        all.sort(ImportProblem.ORDER);
        return all;
    }

    private List<ImportProblem> sorted(boolean errors) {
        return kept.stream().filter(p -> {
            ImportCode.Level level = p.code().level();
            return errors == (level == ImportCode.Level.ERROR || level == ImportCode.Level.FILE);
        }).sorted(ImportProblem.ORDER).toList();
    }
}
