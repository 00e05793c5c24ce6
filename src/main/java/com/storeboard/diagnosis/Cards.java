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
                        new ChurnCard(),
                        new AovCard(),
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
}
