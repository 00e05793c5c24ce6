package com.storeboard.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The demo / synthetic data generator of DATA.md §5. {@link #writeFiles} writes the CSV or XLSX files and
 * demo_manifest.json; {@link #generate} streams the same rows into any {@link GeneratedLineSink} (a direct import
 * is such a sink) and returns the manifest content, which {@link #writeManifest} writes.
 *
 * <p>The output depends only on the contract version, the parameters and the seed. The clock is read only to
 * report the elapsed time.
 */
public final class DemoDataGenerator {

    private final Clock clock;

    public DemoDataGenerator(Clock clock) {
        this.clock = clock;
    }

    /**
     * Generates the dataset into outDir (created if missing): the files of §5.8 and demo_manifest.json. If
     * generation fails (an invariant cannot be met) the files written so far are removed, no manifest is written
     * and the {@link GenerationException} is rethrown.
     */
    public GenerationReport writeFiles(GeneratorParameters parameters, Path outDir) {
        long start = clock.millis();
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the output directory " + outDir, e);
        }
        FileSink sink = parameters.format() == GeneratorParameters.Format.XLSX ? new XlsxFileSink(outDir)
                : new CsvFileSink(outDir);
        GenerationResult result;
        try {
            result = generate(parameters, sink);
        } catch (RuntimeException e) {
            sink.discard();
            throw e;
        }
        Path manifest = writeManifest(result, outDir);
        return new GenerationReport(outDir, result.files(), manifest, result.totalRows(),
                Duration.ofMillis(clock.millis() - start));
    }

    /** Streams the dataset into sink (store by store, day by day) and returns the files and the manifest content. */
    public GenerationResult generate(GeneratorParameters parameters, GeneratedLineSink sink) {
        return new DatasetGenerator(parameters).generate(sink);
    }

    /** Writes demo_manifest.json (pretty-printed, LF line ends, stable key order) into directory. */
    public static Path writeManifest(GenerationResult result, Path directory) {
        return ManifestWriter.write(result.manifest(), directory);
    }
}
