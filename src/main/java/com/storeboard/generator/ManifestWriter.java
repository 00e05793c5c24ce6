package com.storeboard.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes demo_manifest.json: the ordered tree of {@link GenerationResult#manifest()}, pretty-printed with two
 * spaces and LF line ends whatever the platform, so that the bytes are identical on every run.
 */
final class ManifestWriter {

    static final String FILE_NAME = "demo_manifest.json";

    private ManifestWriter() {
    }

    static String json(Map<String, Object> manifest) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        ObjectWriter writer = JsonMapper.builder().build().writer().with(printer);
        return writer.writeValueAsString(manifest) + "\n";
    }

    static Path write(Map<String, Object> manifest, Path directory) {
        Path path = directory.resolve(FILE_NAME);
        try {
            Files.writeString(path, json(manifest), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + path, e);
        }
        return path;
    }
}
