package com.storeboard.diagnosis;

import java.util.List;
import java.util.Map;

/** The 13 cards in their layers and display order (DIAGNOSIS.md §1.11). */
final class Cards {

    private Cards() {
    }

    static Map<String, List<CardRule>> all() {
        return Map.of(
                "urgent", List.of(new OverflowCard(),
                        new DeliveryCard(),
                        new StockoutCard(),
                        pending("churn", "U4", "urgent", "👥", "客户流失预警", "Customer churn warning", "客户流失预警清单", 8),
                        pending("aov", "U5", "urgent", "🧾", "客单价异常诊断", "Average order value anomaly", "客单价异常分析", 14),
                        new PriceAbnormalCard(),
                        new TrafficDropCard(),
                        new MarginDropCard()),
                "watch", List.of(
                        new SlowMovingCard(),
                        new NewProductsCard(),
                        new PriceElasticityCard()),
                "highlights", List.of(
                        new HotProductsCard(),
                        new HighProfitCard()));
    }

    private static CardRule pending(String id, String code, String layer, String icon, String zh, String en, String export,
            int minSpan) {
        return new NotBuiltCard(new CardRule.Spec(id, code, layer, icon, zh, en, export), minSpan);
    }
}
