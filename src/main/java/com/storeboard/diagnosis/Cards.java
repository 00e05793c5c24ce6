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
                        pending("delivery", "U2", "urgent", "🛵", "高配送费预警", "High delivery cost", "高配送费订单清单", 1),
                        new StockoutCard(),
                        pending("churn", "U4", "urgent", "👥", "客户流失预警", "Customer churn warning", "客户流失预警清单", 8),
                        pending("aov", "U5", "urgent", "🧾", "客单价异常诊断", "Average order value anomaly", "客单价异常分析", 14),
                        pending("priceAbnormal", "U6", "urgent", "🏷️", "价格异常（低于成本）", "Prices below cost", "价格异常商品清单", 1),
                        new TrafficDropCard(),
                        new MarginDropCard()),
                "watch", List.of(
                        new SlowMovingCard(),
                        new NewProductsCard(),
                        pending("priceElasticity", "W3", "watch", "🔁", "价格弹性分析", "Price-change review", "价格弹性分析", 6)),
                "highlights", List.of(
                        pending("hotProducts", "H1", "highlights", "🔥", "爆款商品", "Hot products", "爆款商品清单", 2),
                        pending("highProfit", "H2", "highlights", "💰", "高利润商品", "Top profit products", "高利润商品清单", 1)));
    }

    private static CardRule pending(String id, String code, String layer, String icon, String zh, String en, String export,
            int minSpan) {
        return new NotBuiltCard(new CardRule.Spec(id, code, layer, icon, zh, en, export), minSpan);
    }
}
