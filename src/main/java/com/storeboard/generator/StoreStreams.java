package com.storeboard.generator;

import java.util.SplittableRandom;

/** The named random streams of one store (DATA.md §5.1), each used by one concern only. */
final class StoreStreams {

    final SplittableRandom catalogue;
    final SplittableRandom baskets;
    final SplittableRandom times;
    final SplittableRandom customers;
    final SplittableRandom delivery;
    final SplittableRandom plants;
    final SplittableRandom decoys;
    final SplittableRandom stock;
    final SplittableRandom realistic;

    StoreStreams(RandomStreams streams, int storeIndex) {
        catalogue = streams.stream(storeIndex, RandomStreams.CATALOGUE);
        baskets = streams.stream(storeIndex, RandomStreams.BASKETS);
        times = streams.stream(storeIndex, RandomStreams.TIMES);
        customers = streams.stream(storeIndex, RandomStreams.CUSTOMERS);
        delivery = streams.stream(storeIndex, RandomStreams.DELIVERY);
        plants = streams.stream(storeIndex, RandomStreams.PLANTS);
        decoys = streams.stream(storeIndex, RandomStreams.DECOYS);
        stock = streams.stream(storeIndex, RandomStreams.STOCK);
        realistic = streams.stream(storeIndex, RandomStreams.REALISTIC);
    }
}
