package com.storeboard.jobs;

import com.storeboard.diagnosis.model.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/**
 * What a trigger tells the job that it fires: the keys of its {@link JobDataMap} and the run id and reason of one
 * execution. Values are plain strings, so that the JDBC store holds nothing but serialised strings.
 */
final class RunData {

    static final String REASON = "reason";
    static final String RUN_ID = "runId";
    /** One scope per line: {@code ALL} or {@code STORE:<name>}. Absent: every scope there is. */
    static final String SCOPES = "scopes";
    static final String FORCE = "force";
    static final String RESERVATION_TOKEN = "reservationToken";
    /** Job data of the job detail: its names and descriptions in both languages. */
    static final String NAME_ZH = "nameZh";
    static final String NAME_EN = "nameEn";
    static final String DESCRIPTION_ZH = "descriptionZh";
    static final String DESCRIPTION_EN = "descriptionEn";

    /** Where the run id of the current execution is kept in the context, for the listener and the job alike. */
    private static final String CONTEXT_RUN_ID = "storeboard.runId";
    private static final String ALL = "ALL";
    private static final String STORE = "STORE:";

    private RunData() {
    }

    static JobDataMap of(RunReason reason, String runId, List<Snapshot.Scope> scopes, boolean force,
            String reservationToken) {
        JobDataMap data = new JobDataMap();
        data.put(REASON, reason.name());
        data.put(RUN_ID, runId);
        if (scopes != null) {
            data.put(SCOPES, encode(scopes));
        }
        data.put(FORCE, Boolean.toString(force));
        if (reservationToken != null) {
            data.put(RESERVATION_TOKEN, reservationToken);
        }
        return data;
    }

    /**
     * The run id of this execution: the trigger's, or a new one for scheduled fires and recoveries (a recovery is a
     * new run; the trigger's id belongs to the run that was interrupted). The first caller decides, later callers of
     * the same execution get the same id.
     */
    static String runId(JobExecutionContext context) {
        Object known = context.get(CONTEXT_RUN_ID);
        if (known instanceof String id) {
            return id;
        }
        String given = context.getMergedJobDataMap().getString(RUN_ID);
        String id = given == null || given.isBlank() || context.isRecovering() ? UUID.randomUUID().toString() : given;
        context.put(CONTEXT_RUN_ID, id);
        return id;
    }

    /** The run id the trigger was created with, if any (for a recovery: the interrupted run's). */
    static Optional<String> givenRunId(JobExecutionContext context) {
        return Optional.ofNullable(context.getMergedJobDataMap().getString(RUN_ID)).filter(s -> !s.isBlank());
    }

    static RunReason reason(JobExecutionContext context) {
        return context.isRecovering() ? RunReason.RECOVERY : RunReason.parse(context.getMergedJobDataMap().get(REASON));
    }

    static boolean force(JobDataMap data) {
        return "true".equals(String.valueOf(data.get(FORCE)));
    }

    /** The scopes the trigger limits the run to, or empty for every scope. */
    static Optional<List<Snapshot.Scope>> scopes(JobDataMap data) {
        Object value = data.get(SCOPES);
        return value instanceof String text ? Optional.of(decode(text)) : Optional.empty();
    }

    static String encode(List<Snapshot.Scope> scopes) {
        List<String> lines = new ArrayList<>();
        for (Snapshot.Scope scope : scopes) {
            lines.add(scope.isAll() ? ALL : STORE + scope.storeName());
        }
        return String.join("\n", lines);
    }

    static List<Snapshot.Scope> decode(String text) {
        List<Snapshot.Scope> scopes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.equals(ALL)) {
                scopes.add(Snapshot.Scope.all());
            } else if (line.startsWith(STORE)) {
                scopes.add(Snapshot.Scope.store(line.substring(STORE.length())));
            }
        }
        return scopes;
    }
}
