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
                        pending("stockout", "U3", "urgent", "📦", "热销缺货", "Best-seller stock-outs", "热销缺货商品清单", 2),
                        new ChurnCard(),
                        new AovCard(),
                        pending("priceAbnormal", "U6", "urgent", "🏷️", "价格异常（低于成本）", "Prices below cost", "价格异常商品清单", 1),
                        pending("trafficDrop", "U7", "urgent", "📉", "销量下滑", "Sales volume drop", "流量异常商品清单", 14),
                        pending("marginDrop", "U8", "urgent", "📊", "利润率下滑", "Margin drop", "利润率下滑商品清单", 14)),
                "watch", List.of(
                        pending("slowMoving", "W1", "watch", "🐌", "滞销积压", "Slow-moving stock", "滞销商品清单", 1),
                        pending("newProducts", "W2", "watch", "🆕", "新品表现", "New products' first sales", "新品表现清单", 8),
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
