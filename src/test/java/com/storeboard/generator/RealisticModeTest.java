package com.storeboard.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.generator.WrittenRows.Order;
import com.storeboard.generator.WrittenRows.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** DATA.md §5.7: a demo dataset with daily volumes, promotions and stock-outs; the manifest lists hints only. */
class RealisticModeTest {

    @Test
    void realistic_files_are_well_formed_and_the_manifest_has_hints_but_no_expectations(@TempDir Path out)
            throws IOException {
        GeneratorParameters p = GeneratorParameters.defaults().withMode(GeneratorParameters.Mode.REALISTIC)
                .withStores(2).withOrdersPerStoreDay(150);
        GenerationReport report = new DemoDataGenerator(Clock.systemUTC()).writeFiles(p, out);
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(report.manifest()));
        assertThat(manifest.has("expected")).isFalse();
        assertThat(manifest.get("mode").asString()).isEqualTo("REALISTIC");
        assertThat(manifest.get("plantedHints").size()).isGreaterThan(40);
        assertThat(manifest.get("plantedHints").get(0).has("expect")).isFalse();

        List<Row> rows = WrittenRows.read(out.resolve("demo_1_20251022-20251220.csv"));
        Map<LocalDate, Integer> ordersPerDay = new HashMap<>();
        for (Order order : WrittenRows.orders(rows)) {
            ordersPerDay.merge(order.date(), 1, Integer::sum);
            for (Row line : order.lines()) {
                assertThat(line.raw().get("物流配送费")).isEqualTo(order.first().raw().get("物流配送费"));
                assertThat(line.date()).isEqualTo(order.date());
            }
        }
        assertThat(ordersPerDay).hasSize(60);
        // Daily volumes vary with the weekday and a random factor.
        assertThat(ordersPerDay.values().stream().distinct().count()).isGreaterThan(10);
    }
}
