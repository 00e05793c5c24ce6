package com.storeboard.generator;

import com.storeboard.orders.OrderLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps only the files it was told about (and, when asked, the rows). */
final class NullSink implements GeneratedLineSink {

    final List<OutputFile> files = new ArrayList<>();
    final List<OrderLine> rows;

    NullSink() {
        this(false);
    }

    NullSink(boolean keepRows) {
        rows = keepRows ? new ArrayList<>() : null;
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void startFile(int storeIndex, String storeName, LocalDate firstDate) {
    }

    @Override
    public void writeDay(LocalDate date, List<OrderLine> lines) {
        if (rows != null) {
            rows.addAll(lines);
        }
    }

    @Override
    public void finishFile(OutputFile file) {
        files.add(file);
    }
}
