package com.storeboard.importing;

import com.storeboard.config.StoreboardProperties;
import com.storeboard.generator.DemoDataGenerator;
import com.storeboard.generator.GenerationReport;
import com.storeboard.generator.GeneratorParameters;
import com.storeboard.orders.OrderDataService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads demo data on the first start, in the background once the web server is up (the page answers at once;
 * the data appears a few seconds later). Never when the database holds data or has ever seen an import, so
 * that data a user deleted does not come back.
 */
@Component
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties demo;
    private final OrderDataService orderData;
    private final ImportService importer;
    private final ImportProperties importProperties;
    private final Clock clock;
    private final ExecutorService importExecutor;
    private final Path directory;

    DemoDataLoader(DemoProperties demo, OrderDataService orderData, ImportService importer, ImportProperties importProperties,
            StoreboardProperties storeboard, Clock clock, ExecutorService importExecutor) {
        this.demo = demo;
        this.orderData = orderData;
        this.importer = importer;
        this.importProperties = importProperties;
        this.clock = clock;
        this.importExecutor = importExecutor;
        this.directory = storeboard.dataDir().resolve("demo");
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (demo.loadOnEmpty()) {
            importExecutor.submit(this::loadIfEmpty);
        }
    }

    /** Returns the import result, or null when nothing was loaded. */
    ImportResult loadIfEmpty() {
        try {
            if (!orderData.isEmpty() || !importer.history(1).isEmpty()) {
                return null;
            }
            LocalDate yesterday = LocalDate.now(clock.withZone(importProperties.timeZone())).minusDays(1);
            GeneratorParameters parameters = GeneratorParameters.defaults().withEndDate(yesterday);
            log.info("首次启动：还没有订单数据，正在生成并导入演示数据（{} 家门店 × {} 天，截至 {}）。"
                    + "(First start: no order data yet; loading demo data. Turn off with storeboard.demo.load-on-empty=false.)",
                    parameters.stores(), parameters.days(), yesterday);
            GenerationReport report = new DemoDataGenerator(clock).writeFiles(parameters, directory);
            List<ImportRequest.ImportFile> files = report.files().stream()
                    .map(f -> ImportRequest.ImportFile.of(directory.resolve(f.name()))).toList();
            ImportResult result = importer.importFiles(new ImportRequest(files, false, "演示数据 (demo)", "DEMO"));
            for (ImportRequest.ImportFile file : files) {
                Files.deleteIfExists(file.path());
            }
            if (result.status() == ImportResult.Status.IMPORTED) {
                log.info("演示数据已导入：{} 行订单数据，{} 家门店，{} 至 {}，用时 {} 秒。清单见 {}",
                        result.rowsImported(), parameters.stores(), parameters.firstDate(), yesterday,
                        String.format("%.1f", result.durationMillis() / 1000.0), report.manifest());
            } else {
                log.warn("演示数据没有导入（{}）：{}。看板可以正常使用，请在“数据导入”页导入自己的数据。", result.status(),
                        result.errorCounts());
            }
            return result;
        } catch (IOException | RuntimeException e) {
            log.warn("演示数据加载失败：{}。看板可以正常使用，请在“数据导入”页导入自己的数据。(Demo data could not be loaded.)",
                    e.getMessage(), e);
            return null;
        }
    }
}
