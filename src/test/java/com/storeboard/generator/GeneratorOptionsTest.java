package com.storeboard.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

    @Test
    void only_the_output_directory_is_needed_and_everything_else_keeps_its_default() {
        GeneratorOptions options = GeneratorOptions.parse(new String[] {"--out", "demo"});
        assertThat(options.outDir()).isEqualTo(Path.of("demo"));
        assertThat(options.parameters()).isEqualTo(GeneratorParameters.defaults());
    }

    @Test
    void every_option_sets_its_parameter_with_either_spelling() {
        GeneratorOptions options = GeneratorOptions.parse(new String[] {"generate", "--stores", "5", "--days=90",
            "--seed", "-7", "--orders-per-store-day", "1000", "--skus-per-store", "600", "--mode", "realistic",
            "--format", "xlsx", "--end-date", "2026-01-31", "--test-orders", "0", "--consumable-stockout=0",
            "--consumable-below-cost", "0", "--out", "/tmp/x"});
        GeneratorParameters p = options.parameters();
        assertThat(p.stores()).isEqualTo(5);
        assertThat(p.days()).isEqualTo(90);
        assertThat(p.seed()).isEqualTo(-7L);
        assertThat(p.ordersPerStoreDay()).isEqualTo(1000);
        assertThat(p.skusPerStore()).isEqualTo(600);
        assertThat(p.mode()).isEqualTo(GeneratorParameters.Mode.REALISTIC);
        assertThat(p.format()).isEqualTo(GeneratorParameters.Format.XLSX);
        assertThat(p.endDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(p.testOrders() + p.consumableStockout() + p.consumableBelowCost()).isZero();
        assertThat(options.outDir()).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void mistakes_are_reported_with_the_option_name() {
        assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--stores", "3"}))
                .hasMessageStartingWith("--out DIR is required");
        assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--out", "x", "--stores", "many"}))
                .hasMessage("--stores must be a whole number, was 'many'");
        assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--out", "x", "--stores", "60"}))
                .hasMessage("stores must be between 1 and 50, was 60");
        assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--out", "x", "--mode", "LOUD"}))
                .hasMessage("--mode must be one of QUIET, REALISTIC (any case), was 'LOUD'");
        assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--out", "x", "--format", "xls"}))
                .hasMessage("--format must be one of CSV, XLSX (any case), was 'xls'");
        assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--out", "x", "--end-date", "20.12.2025"}))
                .hasMessage("--end-date must be a date YYYY-MM-DD, was '20.12.2025'");
        assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--out", "x", "--colour", "red"}))
                .hasMessageStartingWith("unknown option --colour");
        assertThatThrownBy(() -> GeneratorOptions.parse(new String[] {"--out"}))
                .hasMessageStartingWith("--out needs a value");
    }
}
