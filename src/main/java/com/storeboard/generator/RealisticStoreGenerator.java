package com.storeboard.generator;

import java.time.LocalDate;
import java.util.List;

/** REALISTIC mode (DATA.md §5.7). */
final class RealisticStoreGenerator extends StoreDayGenerator {

    RealisticStoreGenerator(GeneratorParameters parameters, StorePlan plan, StoreStreams streams) {
        super(parameters, plan, streams);
    }

    @Override
    List<DayOrder> day(LocalDate date) {
        throw new UnsupportedOperationException("REALISTIC mode is not written yet");
    }
}
