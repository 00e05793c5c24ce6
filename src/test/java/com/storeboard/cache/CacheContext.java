package com.storeboard.cache;

import com.storeboard.generator.DemoDataGenerator;
import com.storeboard.generator.GenerationReport;
import com.storeboard.generator.GeneratorParameters;
import com.storeboard.importing.ImportRequest;
import com.storeboard.importing.ImportResult;
import com.storeboard.importing.ImportService;
import com.storeboard.support.AppContexts;
import com.storeboard.support.PostgresSchema;
import com.storeboard.support.TestServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The real application (no web server, no scheduler) on its own PostgreSQL schema and a given Redis, with its own
 * key prefix, holding the generator's default data set (DATA.md §5): what the cache integration tests run against.
 */
final class CacheContext implements AutoCloseable {

    final PostgresSchema schema;
    final String prefix = "it:" + UUID.randomUUID().toString().substring(0, 8) + ":";
    final String redisHost;
    final int redisPort;
    final int redisDatabase;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    CacheContext(String purpose, String redisHost, int redisPort, int redisDatabase) {
        this.schema = PostgresSchema.create(purpose);
        this.redisHost = redisHost;
        this.redisPort = redisPort;
        this.redisDatabase = redisDatabase;
    }

    static CacheContext onSharedRedis(String purpose) {
        return new CacheContext(purpose, TestServices.redisHost(), TestServices.redisPort(), TestServices.redisDatabase());
    }

    /** Starts one more node on the same database and Redis. */
    ConfigurableApplicationContext startNode(String... extra) {
        List<String> properties = new ArrayList<>(List.of(
                "spring.datasource.url=" + schema.jdbcUrl(),
                "spring.datasource.username=" + TestServices.postgresUser(),
                "spring.datasource.password=" + TestServices.postgresPassword(),
                "storeboard.redis.embedded=never",
                "spring.data.redis.host=" + redisHost,
                "spring.data.redis.port=" + redisPort,
                "spring.data.redis.database=" + redisDatabase,
                "storeboard.cache.key-prefix=" + prefix,
                "storeboard.cache.memory-revalidate=0s",
                "storeboard.jobs.warm-up-on-start=false",
                "storeboard.jobs.refresh-on-import=false"));
        properties.addAll(List.of(extra));
        ConfigurableApplicationContext node = AppContexts.start(properties.toArray(String[]::new));
        nodes.add(node);
        return node;
    }

    /** Imports the default demo data set (3 stores × 60 days) through the importer of the given node. */
    static void importDemoData(ConfigurableApplicationContext node) {
        try {
            Path dir = Files.createTempDirectory("storeboard-cache-it");
            GenerationReport report = new DemoDataGenerator(Clock.systemUTC()).writeFiles(GeneratorParameters.defaults(), dir);
            List<ImportRequest.ImportFile> files = report.files().stream()
                    .map(f -> ImportRequest.ImportFile.of(dir.resolve(f.name()))).toList();
            ImportResult result = node.getBean(ImportService.class)
                    .importFiles(new ImportRequest(files, false, "cache test", "TEST"));
            if (result.status() != ImportResult.Status.IMPORTED) {
                throw new IllegalStateException("demo data not imported: " + result.status());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Jedis jedis() {
        Jedis jedis = new Jedis(redisHost, redisPort);
        jedis.select(redisDatabase);
        return jedis;
    }

    String key(String name) {
        return prefix + name;
    }

    @Override
    public void close() {
        nodes.forEach(ConfigurableApplicationContext::close);
        try (Jedis jedis = jedis()) {
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = jedis.scan(cursor, new ScanParams().match(prefix + "*").count(500));
                page.getResult().forEach(jedis::del);
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        } catch (RuntimeException e) {
            // the Redis of an outage test may be gone already
        }
        schema.close();
    }
}
