package com.storeboard.cache;

import com.storeboard.bench.BenchSizes;
import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.DiagnosisEngine;
import com.storeboard.diagnosis.ScopeDataBuilder;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.support.GeneratedLines;
import com.storeboard.support.TestServices;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
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
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisClientConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;

/**
 * Reading the 全部门店 snapshot of the ~1M-line data set (BenchSizes, REALISTIC) from the real Redis over loopback,
 * through the cache's own Jedis adapter (one round trip: GET value, GET meta, PTTL).
 * Sample mode: the JMH output gives p50, p90, p99 and p99.9 per benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
public class SnapshotReadBenchmark {

    @Param({BenchSizes.MEDIUM})
    public String size;

    private JedisConnectionFactory connections;
    private RedisSnapshotStore store;
    private final Snapshot.Scope scope = Snapshot.Scope.all();

    @Setup(Level.Trial)
    public void writeSnapshot() {
        DiagnosisProperties config = DiagnosisProperties.defaults();
        ScopeDataBuilder builder = new ScopeDataBuilder(Set.copyOf(config.validOrder().feeChannels()),
                Set.copyOf(config.consumableCategories()), config.horizonDays(), 0, 0);
        GeneratedLines.forEachDay(BenchSizes.parameters(size), (date, lines) -> lines.forEach(builder::add));
        Snapshot snapshot = new DiagnosisEngine().diagnose(builder.build(null), scope, config, "0".repeat(64),
                "2026-11-25T08:00:00+08:00");

        RedisStandaloneConfiguration redis = new RedisStandaloneConfiguration(TestServices.redisHost(), TestServices.redisPort());
        redis.setDatabase(TestServices.redisDatabase());
        connections = new JedisConnectionFactory(redis, JedisClientConfiguration.builder().usePooling().build());
        connections.afterPropertiesSet();
        connections.start();
        store = new RedisSnapshotStore(connections, new CacheKeys("bench:" + UUID.randomUUID().toString().substring(0, 8) + ":"));
        SnapshotCodec.Encoded encoded = SnapshotCodec.encode(snapshot);
        store.write(scope, encoded.json(), encoded.meta(), Duration.ofHours(1), new byte[0]);
        System.out.printf("%n[%s] %,d lines: snapshot JSON of %,d bytes (meta %,d bytes) in Redis%n", size,
                snapshot.data().lines(), encoded.json().length, encoded.meta().length);
    }

    /** What the API serves: the bytes, checked against their meta (length, CRC-32C), and the metadata. */
    @Benchmark
    public CachedSnapshot readAndCheck() {
        RedisSnapshotStore.Stored stored = store.latest(scope);
        return SnapshotCodec.read(stored.value(), stored.meta());
    }

    /** What a view needs first: checked, then decoded (cards' faces; headline, rows and extras on first use). */
    @Benchmark
    public Snapshot readAndDecode() {
        RedisSnapshotStore.Stored stored = store.latest(scope);
        return SnapshotCodec.read(stored.value(), stored.meta()).snapshot();
    }

    /** Checked and every card decoded with its 500 rows, headline and extras (what opening every drill-down costs). */
    @Benchmark
    public int readAndDecodeEveryRow() {
        Snapshot snapshot = readAndDecode();
        int rows = 0;
        for (Snapshot.Layer layer : snapshot.layers()) {
            for (com.storeboard.diagnosis.model.Card card : layer.cards()) {
                rows += card.rows() == null ? 0 : card.rows().size();
                rows += card.headline() == null ? 0 : card.headline().hashCode() & 1;
                rows += card.extras() == null ? 0 : card.extras().hashCode() & 1;
            }
        }
        return rows;
    }

    /** The same without the meta: the whole value parsed to check it, then every card decoded at once. */
    @Benchmark
    public Snapshot readWithoutMetaAndDecodeEagerly() {
        RedisSnapshotStore.Stored stored = store.latest(scope);
        SnapshotCodec.read(stored.value(), null);
        return SnapshotCodec.decodeEagerly(stored.value());
    }

    @TearDown(Level.Trial)
    public void cleanUp() {
        store.delete(scope);
        connections.destroy();
    }
}
