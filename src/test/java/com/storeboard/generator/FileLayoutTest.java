package com.storeboard.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FileLayoutTest {

    @Test
    void a_day_that_would_pass_one_million_rows_starts_a_new_file() {
        assertThat(DatasetGenerator.startsNewFile(0, 2_000_000)).isFalse();
        assertThat(DatasetGenerator.startsNewFile(990_000, 10_000)).isFalse();
        assertThat(DatasetGenerator.startsNewFile(990_001, 10_000)).isTrue();
    }

    @Test
    void files_are_named_by_store_and_their_own_first_and_last_date() {
        assertThat(DatasetGenerator.fileName(12, LocalDate.of(2025, 10, 22), LocalDate.of(2025, 12, 20), "xlsx"))
                .isEqualTo("demo_12_20251022-20251220.xlsx");
    }

    @Test
    void batches_hold_twenty_files() {
        assertThat(DatasetGenerator.batchOf(0)).isZero();
        assertThat(DatasetGenerator.batchOf(19)).isZero();
        assertThat(DatasetGenerator.batchOf(20)).isEqualTo(1);
        assertThat(DatasetGenerator.batchOf(49)).isEqualTo(2);
    }
}
