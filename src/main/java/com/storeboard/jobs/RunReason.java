package com.storeboard.jobs;

/** Why a job run started; kept in the trigger's data and in the history. */
enum RunReason {
    SCHEDULE("定时"),
    WARM_UP("预热"),
    IMPORT("导入"),
    MANUAL("手动"),
    RECOVERY("恢复");

    private final String label;

    RunReason(String label) {
        this.label = label;
    }

    /** For the log lines (Chinese, like all of them). */
    String label() {
        return label;
    }

    static RunReason parse(Object value) {
        if (value instanceof String text) {
            for (RunReason reason : values()) {
                if (reason.name().equals(text)) {
                    return reason;
                }
            }
        }
        return SCHEDULE;
    }
}
