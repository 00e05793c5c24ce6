package com.storeboard.diagnosis;

import com.storeboard.bench.BenchSizes;
import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.orders.Digests;
import com.storeboard.orders.OrderLine;
import com.storeboard.support.GeneratedLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * The engine alone: every card of the 全部门店 scope over lines already in memory (generated, not read), so that the
 * database read measured by the snapshots benchmark can be told apart from the computation. One shot per
 * iteration: a computation takes far longer than JMH's timer resolution. Run with scripts/bench-diagnosis.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 3, jvmArgsAppend = "-Xmx2g")
public class EngineBenchmark {

    @Param({BenchSizes.SMALL, BenchSizes.MEDIUM, BenchSizes.LARGE})
    public String size;

    private ScopeData data;
    private final DiagnosisProperties config = DiagnosisProperties.defaults();
    private final DiagnosisEngine engine = new DiagnosisEngine();
    private final List<Map<String, Long>> cardMillis = new ArrayList<>();

    @Setup(Level.Trial)
    public void generate() {
        ScopeDataBuilder builder = new ScopeDataBuilder(Set.copyOf(config.validOrder().feeChannels()),
                Set.copyOf(config.consumableCategories()), config.horizonDays(), 0, 0);
        Comparator<OrderLine> storedOrder = Comparator.comparing(OrderLine::orderId, Digests.CODE_POINT_ORDER)
                .thenComparing(OrderLine::productKey, Digests.CODE_POINT_ORDER).thenComparingInt(OrderLine::lineOrdinal);
        GeneratedLines.forEachDay(BenchSizes.parameters(size), (date, lines) -> {
            // the database hands the builder each day's lines in key order, so that an order's lines are together
            List<OrderLine> sorted = new ArrayList<>(lines);
            sorted.sort(storedOrder);
            sorted.forEach(builder::add);
        });
        data = builder.build(null);
        System.out.printf("%n[%s] %,d lines, %,d orders in memory%n", size, data.lineCount(), data.orderCount());
    }

    @Benchmark
    public Snapshot allCards() {
        Snapshot snapshot = engine.diagnose(data, Snapshot.Scope.all(), config, "0".repeat(64), "");
        cardMillis.add(snapshot.computeMillis().cards());
        return snapshot;
    }

    @TearDown(Level.Trial)
    public void report() {
        System.out.printf("%n[%s] engine, median per card of the measured runs:%n%s", size, BenchSizes.cardMedians(cardMillis, 5));
    }
}
