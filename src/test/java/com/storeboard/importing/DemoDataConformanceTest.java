package com.storeboard.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.generator.DemoDataGenerator;
import com.storeboard.generator.GenerationReport;
import com.storeboard.generator.GeneratorParameters;
import com.storeboard.generator.OutputFile;
import com.storeboard.orders.OrderDataService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The import steps of the conformance test (DATA.md §5.10, steps 1–3) on the generator's default data set;
 * the diagnosis steps join when the engine exists. Also the first-start demo load.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration")
@ActiveProfiles("test")
class DemoDataConformanceTest {

    @Autowired
    ImportService importer;
    @Autowired
    OrderDataService orderData;
    @Autowired
    DemoDataLoader loader;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void emptyDatabase() {
        jdbc.update("delete from order_line");
        jdbc.update("delete from partition_digest");
        jdbc.update("delete from partition_columns");
        jdbc.update("delete from import_history");
    }

    @Test
    void the_default_data_set_is_deterministic_imports_strictly_and_a_second_import_changes_nothing() throws IOException {
        DemoDataGenerator generator = new DemoDataGenerator(Clock.systemUTC());
        GenerationReport first = generator.writeFiles(GeneratorParameters.defaults(), dir.resolve("a"));
        GenerationReport second = generator.writeFiles(GeneratorParameters.defaults(), dir.resolve("b"));
        for (OutputFile file : first.files()) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(file.name()), dir.resolve("b").resolve(file.name())))
                    .as(file.name()).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(first.manifest(), second.manifest())).isEqualTo(-1L);
        assertThat(first.files()).hasSize(3).allSatisfy(f -> assertThat(f.batch()).isZero());
        List<ImportRequest.ImportFile> batch = first.files().stream()
                .map(f -> ImportRequest.ImportFile.of(dir.resolve("a").resolve(f.name()))).toList();

        ImportResult imported = importer.importFiles(new ImportRequest(batch, false, "test", "TEST"));

        assertThat(imported.status()).isEqualTo(ImportResult.Status.IMPORTED);
        assertThat(imported.errorCounts()).isEmpty();
        assertThat(imported.rowsImported()).isEqualTo(first.totalRows());
        assertThat(imported.warningCounts()).doesNotContainKey(ImportCode.ORDER_FIELD_CONFLICT)
                .containsEntry(ImportCode.DISTANCE_CONVERTED_FROM_KM, 1);
        assertThat(imported.warnings()).filteredOn(w -> w.code() == ImportCode.DISTANCE_CONVERTED_FROM_KM)
                .extracting(ImportProblem::file).containsExactly(first.files().get(2).name());
        assertThat(imported.files()).extracting(ImportResult.FileInfo::encoding).containsExactly("UTF-8-BOM", "UTF-8", "GB18030");
        assertThat(orderData.coverage()).extracting(c -> c.storeName() + " " + c.days())
                .containsExactly("星河便利（东湖店） 60", "星河便利（滨江店） 60", "星河便利（高新店） 60");
        String version = orderData.dataVersion(null);

        ImportResult again = importer.importFiles(new ImportRequest(batch, false, "test", "TEST"));

        assertThat(again.status()).isEqualTo(ImportResult.Status.NO_CHANGE);
        assertThat(orderData.dataVersion(null)).isEqualTo(version);
    }

    @Test
    void the_first_start_loads_the_demo_data_once_and_never_over_existing_data() {
        ImportResult loaded = loader.loadIfEmpty();

        assertThat(loaded).isNotNull();
        assertThat(loaded.status()).isEqualTo(ImportResult.Status.IMPORTED);
        assertThat(orderData.coverage()).hasSize(3);
        assertThat(importer.history(5)).singleElement().satisfies(h -> assertThat(h.origin()).isEqualTo("DEMO"));
        assertThat(loader.loadIfEmpty()).as("data exists now").isNull();

        jdbc.update("delete from order_line");
        jdbc.update("delete from partition_digest");
        jdbc.update("delete from partition_columns");
        assertThat(loader.loadIfEmpty()).as("deleted on purpose: an import happened once").isNull();
    }
}
