package com.storeboard.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DATA.md §5.1 and §5.10 step 1: the same parameters and seed give byte-identical files and manifests. */
class DeterminismTest {

    @Test
    void the_default_dataset_is_byte_identical_when_generated_twice(@TempDir Path first, @TempDir Path second)
            throws IOException {
        DemoDataGenerator generator = new DemoDataGenerator(Clock.systemUTC());
        generator.writeFiles(GeneratorParameters.defaults(), first);
        generator.writeFiles(GeneratorParameters.defaults(), second);
        List<String> names = names(first);
        assertThat(names).hasSize(4).isEqualTo(names(second));
        for (String name : names) {
            assertThat(Files.mismatch(first.resolve(name), second.resolve(name))).as(name).isEqualTo(-1L);
        }
    }

    @Test
    void another_seed_gives_other_data() {
        NullSink a = new NullSink(true);
        NullSink b = new NullSink(true);
        GeneratorParameters p = GeneratorParameters.defaults().withStores(1).withOrdersPerStoreDay(150)
                .withSkusPerStore(250);
        new DatasetGenerator(p).generate(a);
        new DatasetGenerator(p.withSeed(1)).generate(b);
        assertThat(a.rows.get(0)).isNotEqualTo(b.rows.get(0));
    }

    static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
