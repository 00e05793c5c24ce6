package com.storeboard.support;

import com.storeboard.generator.DemoDataGenerator;
import com.storeboard.generator.GeneratedLineSink;
import com.storeboard.generator.GeneratorParameters;
import com.storeboard.generator.OutputFile;
import com.storeboard.orders.OrderLine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** The generator's order lines in memory, without files: each store-day as it is generated, or all of them. */
public final class GeneratedLines {

    private GeneratedLines() {
    }

    public static void forEachDay(GeneratorParameters parameters, BiConsumer<LocalDate, List<OrderLine>> day) {
        new DemoDataGenerator(Clock.systemUTC()).generate(parameters, new GeneratedLineSink() {
            @Override
            public String extension() {
                return "csv";
            }

            @Override
            public void startFile(int storeIndex, String storeName, LocalDate firstDate) {
            }

            @Override
            public void writeDay(LocalDate date, List<OrderLine> lines) {
                day.accept(date, lines);
            }

            @Override
            public void finishFile(OutputFile file) {
            }
        });
    }

    public static List<OrderLine> all(GeneratorParameters parameters) {
        List<OrderLine> lines = new ArrayList<>();
        forEachDay(parameters, (date, day) -> lines.addAll(day));
        return lines;
    }
}
