package com.storeboard.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobTextsTest {

    @Test
    void an_interval_reads_in_its_largest_whole_unit() {
        assertThat(JobTexts.every(Duration.ofMinutes(5))).isEqualTo("每5分钟");
        assertThat(JobTexts.every(Duration.ofSeconds(30))).isEqualTo("每30秒");
        assertThat(JobTexts.every(Duration.ofHours(2))).isEqualTo("每2小时");
        assertThat(JobTexts.every(Duration.ofDays(1))).isEqualTo("每1天");
    }

    @Test
    void an_interval_that_is_no_whole_number_of_minutes_reads_in_seconds() {
        assertThat(JobTexts.every(Duration.ofSeconds(90))).isEqualTo("每90秒");
        assertThat(JobTexts.every(Duration.ofMinutes(90))).isEqualTo("每90分钟");
    }

    @Test
    void a_duration_reads_in_seconds_with_one_decimal() {
        assertThat(JobTexts.seconds(1234)).isEqualTo("1.2 秒");
        assertThat(JobTexts.seconds(70_000)).isEqualTo("70.0 秒");
        assertThat(JobTexts.seconds(50)).isEqualTo("0.1 秒");
    }
}
