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
                        pending("stockout", "U3", "urgent", "📦", "热销缺货", "Best-seller stock-outs", "热销缺货商品清单", 2),
                        pending("churn", "U4", "urgent", "👥", "客户流失预警", "Customer churn warning", "客户流失预警清单", 8),
                        pending("aov", "U5", "urgent", "🧾", "客单价异常诊断", "Average order value anomaly", "客单价异常分析", 14),
                        new PriceAbnormalCard(),
                        pending("trafficDrop", "U7", "urgent", "📉", "销量下滑", "Sales volume drop", "流量异常商品清单", 14),
                        pending("marginDrop", "U8", "urgent", "📊", "利润率下滑", "Margin drop", "利润率下滑商品清单", 14)),
                "watch", List.of(
                        pending("slowMoving", "W1", "watch", "🐌", "滞销积压", "Slow-moving stock", "滞销商品清单", 1),
                        pending("newProducts", "W2", "watch", "🆕", "新品表现", "New products' first sales", "新品表现清单", 8),
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
