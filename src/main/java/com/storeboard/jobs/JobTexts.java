package com.storeboard.jobs;

import java.time.Duration;
import java.util.Locale;

/** How durations read in the log lines: 每5分钟, 每30秒, 1.2 秒. */
final class JobTexts {

    private JobTexts() {
    }

    /** 每5分钟, 每30秒, 每2小时, 每1天; an interval that is no whole number of a larger unit reads in the smaller one. */
    static String every(Duration interval) {
        long seconds = interval.toSeconds();
        if (seconds > 0 && seconds % 86_400 == 0) {
            return "每" + seconds / 86_400 + "天";
        }
        if (seconds > 0 && seconds % 3_600 == 0) {
            return "每" + seconds / 3_600 + "小时";
        }
        if (seconds > 0 && seconds % 60 == 0) {
            return "每" + seconds / 60 + "分钟";
        }
        return "每" + seconds + "秒";
    }

    /** 1234 ms → "1.2 秒". */
    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f 秒", millis / 1000.0);
    }
}
