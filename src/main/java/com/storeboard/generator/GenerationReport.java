package com.storeboard.generator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@link DemoDataGenerator#writeFiles} wrote: the files in order (name, store, dates, rows, batch), the
 * manifest, the total rows and the elapsed time.
 */
public record GenerationReport(Path directory, List<OutputFile> files, Path manifest, long totalRows,
        Duration elapsed) {

    /** One line per file and a total, for the command line. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (OutputFile file : files) {
            sb.append("  ").append(file.name()).append("  ").append(file.rows()).append(" rows, batch ")
                    .append(file.batch() + 1).append('\n');
        }
        sb.append("Wrote ").append(files.size()).append(" files with ").append(totalRows).append(" rows and ")
                .append(manifest.getFileName()).append(" to ").append(directory).append(" in ")
                .append(elapsed.toMillis() / 1000.0).append(" s");
        return sb.toString();
    }
}
