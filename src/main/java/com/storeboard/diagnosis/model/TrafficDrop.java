package com.storeboard.diagnosis.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.storeboard.diagnosis.model.Values.Dec2;
import com.storeboard.diagnosis.model.Values.Money;
import com.storeboard.diagnosis.model.Values.Ratio;
import java.util.List;

/** The records of card U7 `trafficDrop` — 销量下滑 (DIAGNOSIS.md §2 U7). */
public final class TrafficDrop {

    private TrafficDrop() {
    }

    public record Headline(int count, int severeCount, int mediumCount, int mildCount, int lostQty,
            List<ChannelCount> topChannels) {
    }

    public record ChannelCount(String channel, int count) {
    }

    /** @param dropRatio positive (shown as a negative percent) */
    public record Row(@JsonUnwrapped ProductId product, String mainChannel, int prevQty, int recentQty, Dec2 prevDailyAvg,
            Dec2 recentDailyAvg, Ratio dropRatio, String severity, Money horizonProfit, Ratio horizonMarginRatio) {
    }

    public record CategoryCount(String categoryL1, int count) {
    }

    /** The donut chart: items per severity, keyed by the severity names. */
    public record SeverityCounts(@JsonProperty("严重") int severe, @JsonProperty("较重") int medium,
            @JsonProperty("一般") int mild) {
    }

    public record Extras(List<CategoryCount> categoryCounts, SeverityCounts severityCounts) {
    }
}
