package com.storeboard.snapshots;

import com.storeboard.bench.BenchSizes;
import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.orders.OrderLineRepository;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * What a refresh costs: the 全部门店 snapshot computed from PostgreSQL (partitions, the streamed read of the horizon,
 * the in-memory build and every card), as the application does it. The data sets are loaded by
 * scripts/bench-diagnosis into the schemas bench_100k, bench_1m and bench_10m of the test database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 3, jvmArgsAppend = "-Xmx2g")
public class SnapshotBenchmark {

    @Param({BenchSizes.SMALL, BenchSizes.MEDIUM, BenchSizes.LARGE})
    public String size;

    private HikariDataSource dataSource;
    private SnapshotService service;
    private final List<Map<String, Long>> cardMillis = new ArrayList<>();
    private final List<Long> readMillis = new ArrayList<>();

    @Setup(Level.Trial)
    public void connect() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/storeboard_test")
                + "?currentSchema=bench_" + size);
        dataSource.setUsername(System.getProperty("bench.pg.user", "storeboard"));
        dataSource.setPassword(System.getProperty("bench.pg.password", "storeboard"));
        dataSource.setMaximumPoolSize(2);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        service = new SnapshotService(new ScopeReader(jdbc), new OrderLineRepository(jdbc),
                new DataSourceTransactionManager(dataSource), DiagnosisProperties.defaults(), Clock.systemUTC());
        Integer lines = jdbc.queryForObject("select count(*) from order_line", Integer.class);
        System.out.printf("%n[%s] %,d lines in PostgreSQL schema bench_%s%n", size, lines, size);
    }

    @Benchmark
    public Snapshot allStoresFromPostgres() {
        long start = System.nanoTime();
        Snapshot snapshot = service.compute(Snapshot.Scope.all());
        long total = (System.nanoTime() - start) / 1_000_000;
        readMillis.add(total - snapshot.computeMillis().total());
        cardMillis.add(snapshot.computeMillis().cards());
        return snapshot;
    }

    @TearDown(Level.Trial)
    public void report() {
        List<Long> last = readMillis.subList(Math.max(0, readMillis.size() - 5), readMillis.size()).stream().sorted().toList();
        System.out.printf("%n[%s] PostgreSQL, medians of the measured runs: read and build %d ms; cards:%n%s", size,
                last.isEmpty() ? 0 : last.get(last.size() / 2), BenchSizes.cardMedians(cardMillis, 5));
        dataSource.close();
    }
}
