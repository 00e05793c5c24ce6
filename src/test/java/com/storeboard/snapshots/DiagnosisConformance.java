package com.storeboard.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.DiagnosisEngine;
import com.storeboard.diagnosis.ScopeDataBuilder;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.generator.DemoDataGenerator;
import com.storeboard.generator.GenerationReport;
import com.storeboard.generator.GeneratorParameters;
import com.storeboard.importing.ImportRequest;
import com.storeboard.importing.ImportResult;
import com.storeboard.importing.ImportService;
import com.storeboard.orders.OrderLine;
import com.storeboard.support.GeneratedLines;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * The diagnosis steps of the conformance test (DATA.md §5.10, steps 4–6): the generator's default data set,
 * imported through the real importer into the database, diagnosed per store and for 全部门店, against every value
 * of the generator's manifest (which the generator derives from its plants, not from this engine). Runs on H2
 * ({@code DiagnosisConformanceTest}) and on PostgreSQL ({@code DiagnosisConformanceOnPostgresIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DiagnosisConformance {

    private static final String ALL = "全部门店";

    /** Manifest keys that are row counts by a row field's value (the other keys are headline fields). */
    private static final Map<String, Map<String, Predicate<JsonNode>>> ROW_COUNTS = Map.of(
            "newProducts", Map.of(
                    "short", row -> row.get("dormancy").asString().endsWith("短期"),
                    "medium", row -> row.get("dormancy").asString().endsWith("中期"),
                    "long", row -> row.get("dormancy").asString().endsWith("长期")),
            "hotProducts", Map.of(
                    "growth", row -> row.get("level").asString().equals("增长"),
                    "hot", row -> row.get("level").asString().equals("热销"),
                    "super", row -> row.get("level").asString().equals("超级爆款"),
                    "newBurst", row -> row.get("newBurst").asBoolean()));

    /** Manifest keys whose headline field has another name. */
    private static final Map<String, String> HEADLINE_NAMES = Map.of("reasons", "reasonCounts", "severe", "severeCount",
            "moderate", "moderateCount", "mild", "mildCount", "medium", "mediumCount", "new", "newCount", "ongoing",
            "ongoingCount", "high", "highCount", "low", "lowCount", "abnormal", "abnormalCount");

    @Autowired
    ImportService importer;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DiagnosisProperties config;
    @Autowired
    TransactionTemplate transactions;

    private Path dir;
    private JsonNode manifest;
    private final Map<String, Snapshot> byScope = new LinkedHashMap<>();
    private final Map<String, JsonNode> jsonByScope = new LinkedHashMap<>();

    @BeforeAll
    void importAndDiagnoseTheDefaultDataSet() throws IOException {
        jdbc.update("delete from order_line");
        jdbc.update("delete from partition_digest");
        jdbc.update("delete from partition_columns");
        dir = Files.createTempDirectory("conformance");
        GenerationReport report = new DemoDataGenerator(Clock.systemUTC()).writeFiles(GeneratorParameters.defaults(), dir);
        manifest = SnapshotJson.mapper().readTree(report.manifest().toFile());
        ImportResult imported = importer.importFiles(new ImportRequest(
                report.files().stream().map(f -> ImportRequest.ImportFile.of(dir.resolve(f.name()))).toList(), false, "test", "TEST"));
        assertThat(imported.status()).isEqualTo(ImportResult.Status.IMPORTED);
        for (Snapshot.Scope scope : snapshots.scopes()) {
            Snapshot snapshot = snapshots.compute(scope);
            byScope.put(scope.label(), snapshot);
            jsonByScope.put(scope.label(), SnapshotJson.mapper().readTree(SnapshotJson.write(snapshot)));
        }
    }

    @AfterAll
    void deleteFiles() throws IOException {
        FileSystemUtils.deleteRecursively(dir);
    }

    @Test
    void there_is_a_snapshot_per_store_and_one_for_all_stores_dated_on_the_manifest_reference_date() {
        assertThat(byScope.keySet()).containsExactly(ALL, "星河便利（东湖店）", "星河便利（滨江店）", "星河便利（高新店）");
        byScope.values().forEach(s -> assertThat(s.referenceDate()).hasToString(manifest.get("referenceDate").asString()));
        manifest.get("stores").forEach(store -> assertThat(byScope).containsKey(store.asString()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"星河便利（滨江店）", "星河便利（东湖店）", "星河便利（高新店）", ALL})
    void every_manifest_value_of_the_scope_holds(String scope) {
        JsonNode expected = manifest.get("expected").get(scope);
        JsonNode snapshot = jsonByScope.get(scope);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(snapshot.get("data").get("excludedOrders").asInt()).as("excludedOrders")
                .isEqualTo(expected.get("excludedOrders").asInt());
        expected.get("flags").properties().forEach(flag ->
                soft.assertThat(snapshot.get("flags").get(flag.getKey()).asBoolean()).as("flags." + flag.getKey())
                        .isEqualTo(flag.getValue().asBoolean()));
        for (var cardEntry : expected.properties()) {
            String cardId = cardEntry.getKey();
            if (cardId.equals("excludedOrders") || cardId.equals("flags")) {
                continue;
            }
            JsonNode card = card(snapshot, cardId);
            soft.assertThat(card.get("state").asString()).as(cardId + ".state").isIn("HAS_ITEMS", "ALL_GOOD");
            for (var value : cardEntry.getValue().properties()) {
                String where = cardId + "." + value.getKey();
                expectSame(soft, where, actual(card, cardId, value.getKey()), value.getValue());
            }
        }
        soft.assertAll();
    }

    @Test
    void every_planted_item_is_a_row_of_its_card_with_the_manifest_values_in_its_store_and_in_all_stores() {
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode plant : manifest.get("planted")) {
            String cardId = plant.get("card").asString();
            String store = plant.get("store").asString();
            // a 客单价 band aggregates every store's orders in 全部门店, so its figures are per store only
            List<String> scopes = cardId.equals("aov") ? List.of(store) : List.of(store, ALL);
            for (String scope : scopes) {
                String where = plant.get("plant").asString() + " " + scope + " " + identity(plant);
                JsonNode row = plantedRow(card(jsonByScope.get(scope), cardId), plant);
                soft.assertThat(row).as(where + " is a row").isNotNull();
                if (row != null) {
                    plant.get("expect").properties().forEach(e -> expectSame(soft, where + " " + e.getKey(), row.get(e.getKey()), e.getValue()));
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void no_decoy_order_appears_in_any_card_of_any_scope() {
        Set<String> decoyOrders = new HashSet<>();
        manifest.get("decoys").forEach(d -> decoyOrders.add(d.get("store").asString() + "|" + d.get("orderId").asString()));
        assertThat(decoyOrders).hasSize(12);
        jsonByScope.forEach((scope, snapshot) -> eachObject(snapshot.get("layers"), "", (path, node) -> {
            if (node.has("orderId") && node.has("storeName")) {
                assertThat(node.get("storeName").asString() + "|" + node.get("orderId").asString()).as(scope + " " + path)
                        .isNotIn(decoyOrders);
            }
            if (node.has("orderId")) {
                assertThat(decoyOrders.stream().map(k -> k.substring(k.indexOf('|') + 1)))
                        .as(scope + " " + path).doesNotContain(node.get("orderId").asString());
            }
        }));
    }

    @Test
    void no_consumable_product_appears_in_a_product_level_row_or_list() {
        Set<String> keys = new HashSet<>(jdbc.queryForList(
                "select distinct product_key from order_line where category_l1 = '耗材'", String.class));
        Set<String> names = new HashSet<>(jdbc.queryForList(
                "select distinct product_name from order_line where category_l1 = '耗材'", String.class));
        assertThat(keys).as("the data set has consumables").isNotEmpty();
        jsonByScope.forEach((scope, snapshot) -> eachObject(snapshot.get("layers"), "", (path, node) -> {
            // an order's own lines are order-level: a consumable line there is flagged, not hidden (§5.10 step 5)
            if (path.matches(".*overflow\\.rows\\[\\d+]\\.lines\\[\\d+]")) {
                if (keys.contains(node.get("productKey").asString())) {
                    assertThat(node.get("consumable").asBoolean()).as(scope + " " + path).isTrue();
                }
                return;
            }
            if (node.has("productKey")) {
                assertThat(node.get("productKey").asString()).as(scope + " " + path).isNotIn(keys);
            }
            node.properties().forEach(p -> {
                if (p.getValue().isString()) {
                    assertThat(p.getValue().asString()).as(scope + " " + path + "." + p.getKey()).isNotIn(names);
                }
                if (p.getValue().isArray()) {
                    p.getValue().forEach(e -> {
                        if (e.isString()) {
                            assertThat(e.asString()).as(scope + " " + path + "." + p.getKey()).isNotIn(names);
                        }
                    });
                }
            });
        }));
    }

    @Test
    void a_renamed_product_shows_its_newest_name_in_its_store_and_in_all_stores() {
        assertThat(manifest.get("renamed")).hasSize(3);
        for (JsonNode renamed : manifest.get("renamed")) {
            for (String scope : List.of(renamed.get("store").asString(), ALL)) {
                JsonNode row = find(card(jsonByScope.get(scope), "hotProducts").get("rows"),
                        r -> r.get("storeName").asString().equals(renamed.get("store").asString())
                                && r.get("productKey").asString().equals(renamed.get("productKey").asString()));
                assertThat(row).as(scope + " " + renamed).isNotNull();
                assertThat(row.get("productName").asString()).isEqualTo(renamed.get("newName").asString())
                        .isNotEqualTo(renamed.get("oldName").asString());
            }
        }
    }

    @Test
    void every_card_count_equals_its_rows_and_no_card_fails() {
        jsonByScope.forEach((scope, snapshot) -> snapshot.get("layers").forEach(layer -> layer.get("cards").forEach(card -> {
            String where = scope + " " + card.get("id").asString();
            assertThat(card.get("state").asString()).as(where).isNotEqualTo("ERROR");
            assertThat(card.get("count").asInt()).as(where + " count = totalRows").isEqualTo(card.get("totalRows").asInt());
            int cap = config.maxDetailRows();
            assertThat(card.get("rows").size()).as(where + " rows").isEqualTo(Math.min(card.get("totalRows").asInt(), cap));
            assertThat(card.get("truncated").asBoolean()).as(where).isEqualTo(card.get("totalRows").asInt() > cap);
            assertThat(card.get("state").asString()).as(where).isEqualTo(card.get("count").asInt() > 0 ? "HAS_ITEMS" : "ALL_GOOD");
            if (card.get("headline").has("count")) {
                assertThat(card.get("headline").get("count").asInt()).as(where + " headline.count").isEqualTo(card.get("count").asInt());
            }
        })));
    }

    @Test
    void computing_a_scope_again_gives_the_same_snapshot_apart_from_its_metadata() {
        for (Snapshot.Scope scope : snapshots.scopes()) {
            Snapshot again = snapshots.compute(scope);
            assertThat(withoutMetadata(again)).as(scope.label()).isEqualTo(withoutMetadata(byScope.get(scope.label())));
        }
    }

    @Test
    void the_database_read_loses_nothing_the_snapshot_equals_one_computed_from_the_generated_lines_in_memory() {
        DiagnosisProperties defaults = config;
        ScopeDataBuilder builder = new ScopeDataBuilder(Set.copyOf(defaults.validOrder().feeChannels()),
                Set.copyOf(defaults.consumableCategories()), defaults.horizonDays(), 0, 0);
        List<OrderLine> lines = GeneratedLines.all(GeneratorParameters.defaults());
        Snapshot stored = byScope.get(ALL);
        Snapshot inMemory = new DiagnosisEngine().diagnose(builder.addAll(lines).build(null), Snapshot.Scope.all(), defaults,
                stored.dataVersion(), "");

        assertThat(withoutMetadata(inMemory)).isEqualTo(withoutMetadata(stored));
    }

    @Test
    void days_stored_without_packed_columns_are_read_from_their_lines_with_the_same_result() {
        transactions.executeWithoutResult(status -> {
            // a whole store and some days of another, as a database imported before packed columns existed
            int removed = jdbc.update("delete from partition_columns where store_name = '星河便利（东湖店）' "
                    + "or (store_name = '星河便利（滨江店）' and order_date between '2025-12-01' and '2025-12-20')");
            assertThat(removed).isEqualTo(60 + 20);

            Snapshot fromLines = snapshots.compute(Snapshot.Scope.all());

            assertThat(withoutMetadata(fromLines)).isEqualTo(withoutMetadata(byScope.get(ALL)));
            status.setRollbackOnly();
        });
    }

    static String withoutMetadata(Snapshot s) {
        Snapshot stripped = new Snapshot(s.schemaVersion(), s.scope(), s.referenceDate(), "", s.dataVersion(),
                s.configFingerprint(), s.horizon(), s.data(), s.flags(), new Snapshot.ComputeMillis(0, 0, Map.of()), s.layers());
        return SnapshotJson.write(stripped);
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private static JsonNode card(JsonNode snapshot, String id) {
        for (JsonNode layer : snapshot.get("layers")) {
            for (JsonNode card : layer.get("cards")) {
                if (card.get("id").asString().equals(id)) {
                    return card;
                }
            }
        }
        throw new AssertionError("no card " + id);
    }

    private static JsonNode actual(JsonNode card, String cardId, String key) {
        if (key.equals("count")) {
            return card.get("count");
        }
        if (key.equals("trend")) {
            return card.get("trend") == null || card.get("trend").isNull() ? null : card.get("trend").get("direction");
        }
        Predicate<JsonNode> rowTest = ROW_COUNTS.getOrDefault(cardId, Map.of()).get(key);
        if (rowTest != null) {
            int n = 0;
            for (JsonNode row : card.get("rows")) {
                n += rowTest.test(row) ? 1 : 0;
            }
            return SnapshotJson.mapper().getNodeFactory().numberNode(n);
        }
        JsonNode headline = card.get("headline");
        if (headline.has(key)) {
            return headline.get(key);
        }
        return headline.get(HEADLINE_NAMES.getOrDefault(key, key));
    }

    /** The same value: numbers (or numbers written as strings) by value, the rest as JSON. */
    private static void expectSame(SoftAssertions soft, String where, JsonNode actual, JsonNode expected) {
        if (actual == null || actual.isNull()) {
            soft.assertThat(expected == null || expected.isNull()).as(where + ": missing, expected " + expected).isTrue();
        } else if (expected.isObject()) {
            expected.properties().forEach(e -> expectSame(soft, where + "." + e.getKey(), actual.get(e.getKey()), e.getValue()));
        } else if (actual.isNumber() && (expected.isNumber() || expected.isString())) {
            BigDecimal want = new BigDecimal(expected.asString());
            soft.assertThat(actual.decimalValue()).as(where).isEqualByComparingTo(want);
        } else {
            soft.assertThat(actual.isString() ? actual.asString() : actual.toString()).as(where)
                    .isEqualTo(expected.isString() ? expected.asString() : expected.toString());
        }
    }

    private static String identity(JsonNode plant) {
        for (String key : List.of("orderId", "productKey", "customerKey", "band")) {
            if (plant.has(key)) {
                return key + "=" + plant.get(key).asString();
            }
        }
        return "?";
    }

    /** The row of a planted item: by order, product (and channel), customer or band. */
    private static JsonNode plantedRow(JsonNode card, JsonNode plant) {
        String store = plant.get("store").asString();
        return find(card.get("rows"), row -> {
            if (plant.has("orderId")) {
                return row.get("orderId").asString().equals(plant.get("orderId").asString())
                        && row.get("storeName").asString().equals(store);
            }
            if (plant.has("productKey")) {
                return row.get("productKey").asString().equals(plant.get("productKey").asString())
                        && row.get("storeName").asString().equals(store)
                        && (!plant.has("channel") || row.get("channel").asString().equals(plant.get("channel").asString()));
            }
            if (plant.has("customerKey")) {
                return row.get("customerKey").asString().equals(plant.get("customerKey").asString());
            }
            return row.get("band").asString().equals(plant.get("band").asString());
        });
    }

    private static JsonNode find(JsonNode rows, Predicate<JsonNode> test) {
        for (JsonNode row : rows) {
            if (test.test(row)) {
                return row;
            }
        }
        return null;
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    /** Every object below {@code node}, with a readable path such as {@code urgent.overflow.rows[0].lines[1]}. */
    private static void eachObject(JsonNode node, String path, Visitor visitor) {
        if (node.isObject()) {
            String here = node.has("id") && node.has("code") ? path + "." + node.get("id").asString() : path;
            visitor.visit(here, node);
            node.properties().forEach(p -> eachObject(p.getValue(),
                    here.equals(path) ? path + "." + p.getKey() : here + "." + p.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                eachObject(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }
}
