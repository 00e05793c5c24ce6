package com.storeboard.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.diagnosis.model.SnapshotJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The JSON of a snapshot has exactly the fields of DIAGNOSIS.md §3, in the outline's order. */
class SnapshotShapeTest {

    private final JsonNode json = SnapshotJson.mapper().readTree(SnapshotJson.write(Engines.diagnose(WorkedExample.lines())));

    @Test
    void the_snapshot_has_exactly_the_top_level_fields_of_the_outline() {
        assertThat(names(json)).containsExactly("schemaVersion", "scope", "referenceDate", "computedAt", "dataVersion",
                "configFingerprint", "horizon", "data", "flags", "computeMillis", "layers");
        assertThat(names(json.get("scope"))).containsExactly("kind", "storeName", "label");
        assertThat(names(json.get("horizon"))).containsExactly("from", "to", "firstDate", "spanDays");
        assertThat(names(json.get("data"))).containsExactly("validOrders", "excludedOrders", "ordersWithoutServiceFee",
                "lines", "stores");
        assertThat(names(json.get("flags"))).containsExactly("hasUrgent", "hasWatch", "hasHighlights", "allGood");
        assertThat(names(json.get("computeMillis"))).containsExactly("total", "prepare", "cards");
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("dataVersion").asString()).matches("[0-9a-f]{64}");
        assertThat(json.get("configFingerprint").asString()).matches("[0-9a-f]{64}");
    }

    @Test
    void there_are_three_layers_with_every_card_in_the_catalogue_order() {
        List<String> layerIds = new ArrayList<>();
        List<String> cardIds = new ArrayList<>();
        for (JsonNode layer : json.get("layers")) {
            assertThat(names(layer)).containsExactly("id", "icon", "titleZh", "titleEn", "hasIssues", "cards");
            layerIds.add(layer.get("id").asString());
            layer.get("cards").forEach(card -> cardIds.add(card.get("id").asString()));
        }
        assertThat(layerIds).containsExactly("urgent", "watch", "highlights");
        assertThat(cardIds).containsExactly("overflow", "delivery", "stockout", "churn", "aov", "priceAbnormal", "trafficDrop",
                "marginDrop", "slowMoving", "newProducts", "priceElasticity", "hotProducts", "highProfit");
        assertThat(names(json.get("computeMillis").get("cards"))).containsExactlyElementsOf(cardIds);
    }

    @Test
    void every_card_has_exactly_the_fields_of_the_card_outline() {
        for (JsonNode layer : json.get("layers")) {
            for (JsonNode card : layer.get("cards")) {
                assertThat(names(card)).as(card.get("id").asString()).containsExactly("id", "code", "layer", "icon", "titleZh",
                        "titleEn", "state", "count", "window", "minSpanDays", "bigNumber", "subInfo", "extraInfo", "badges",
                        "action", "message", "trend", "headline", "rows", "totalRows", "truncated", "extras", "series",
                        "export", "error");
                assertThat(card.get("layer").asString()).isEqualTo(layer.get("id").asString());
                assertThat(names(card.get("bigNumber"))).containsExactly("value", "label");
                assertThat(names(card.get("export"))).containsExactly("fileName", "sheets");
                assertThat(card.get("extras").isObject()).as("extras is {} when a card has none").isTrue();
            }
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
