package com.storeboard.diagnosis;

import com.storeboard.config.DiagnosisProperties;
import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.Snapshot;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The diagnosis as a pure function (DIAGNOSIS.md §1.1): the scope's lines, the configuration and the data
 * version in, the snapshot out. It reads no clock, cache, file or Spring state; {@code computedAt} is handed in,
 * and the timings it measures are metadata. Each card is computed on its own: a card that fails reports its
 * error in its own card.
 */
public final class DiagnosisEngine {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** The layers of §1.11 and their cards, in display order. */
    private record LayerSpec(String id, String icon, String titleZh, String titleEn, List<CardRule> cards) {
    }

    private final List<LayerSpec> layers;

    public DiagnosisEngine() {
        this(Cards.all());
    }

    DiagnosisEngine(Map<String, List<CardRule>> cardsByLayer) {
        this.layers = List.of(
                new LayerSpec("urgent", "🔴", "紧急处理（今日必须完成）", "Urgent — handle today", cardsByLayer.get("urgent")),
                new LayerSpec("watch", "🟡", "关注观察（本周内处理）", "Watch — handle this week", cardsByLayer.get("watch")),
                new LayerSpec("highlights", "🟢", "今日亮点（正向激励）", "Highlights — positive signals",
                        cardsByLayer.get("highlights")));
    }

    public Snapshot diagnose(ScopeData data, Snapshot.Scope scope, DiagnosisProperties config, String dataVersion,
            String computedAt) {
        long start = System.nanoTime();
        DiagnosisContext context = new DiagnosisContext(data, config);
        Snapshot.DataCounts counts = counts(context);
        long prepared = System.nanoTime();
        Map<String, Long> cardMillis = new LinkedHashMap<>();
        List<Snapshot.Layer> layerResults = new ArrayList<>();
        boolean[] flags = new boolean[3];
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            List<Card> cards = new ArrayList<>();
            for (CardRule rule : layer.cards()) {
                long cardStart = System.nanoTime();
                Card card = card(rule, context, scope);
                cardMillis.put(rule.spec().id(), (System.nanoTime() - cardStart) / 1_000_000);
                cards.add(card);
                flags[i] |= card.count() > 0;
            }
            layerResults.add(new Snapshot.Layer(layer.id(), layer.icon(), layer.titleZh(), layer.titleEn(), flags[i], cards));
        }
        Snapshot.Horizon horizon = context.y == null ? null
                : new Snapshot.Horizon(data.baseDate, context.y, context.firstDate, context.spanDays);
        long end = System.nanoTime();
        return new Snapshot(Snapshot.SCHEMA_VERSION, scope, context.y, computedAt, dataVersion, config.fingerprint(), horizon,
                counts, new Snapshot.Flags(flags[0], flags[1], flags[2], !flags[0] && !flags[1]),
                new Snapshot.ComputeMillis((end - start) / 1_000_000, (prepared - start) / 1_000_000, cardMillis),
                layerResults);
    }

    private static Snapshot.DataCounts counts(DiagnosisContext context) {
        ScopeData d = context.data;
        if (context.y == null) {
            return new Snapshot.DataCounts(0, 0, 0, 0, 0);
        }
        int valid = 0;
        int excluded = 0;
        int withoutFee = 0;
        int lines = 0;
        boolean[] storeSeen = new boolean[d.stores.length];
        for (int o = 0; o < d.orderCount; o++) {
            if (d.orderDay[o] < 0 || d.orderDay[o] > context.yDay) {
                continue;
            }
            if (d.valid[o]) {
                valid++;
                lines += d.lineStart[o + 1] - d.lineStart[o];
                storeSeen[d.orderStore[o]] = true;
                if (!d.serviceFeeKnown[o]) {
                    withoutFee++;
                }
            } else {
                excluded++;
            }
        }
        int stores = 0;
        for (boolean seen : storeSeen) {
            stores += seen ? 1 : 0;
        }
        return new Snapshot.DataCounts(valid, excluded, withoutFee, lines, stores);
    }

    private static Card card(CardRule rule, DiagnosisContext context, Snapshot.Scope scope) {
        CardRule.Spec spec = rule.spec();
        int minSpan = rule.minSpanDays(context.config);
        if (context.y == null) {
            return unjudged(spec, minSpan, null, "暂无数据", rule.sheets(), scope, context);
        }
        Card.Window window;
        try {
            window = rule.window(context);
        } catch (RuntimeException e) {
            return failed(spec, minSpan, null, e, rule.sheets(), scope, context);
        }
        if (context.spanDays < minSpan) {
            return unjudged(spec, minSpan, window, insufficient(minSpan, context.spanDays), rule.sheets(), scope, context);
        }
        CardOutcome outcome;
        try {
            outcome = rule.evaluate(context);
        } catch (RuntimeException e) {
            return failed(spec, minSpan, window, e, rule.sheets(), scope, context);
        }
        if (outcome.insufficientMessage != null) {
            return unjudged(spec, minSpan, outcome.window, outcome.insufficientMessage, rule.sheets(), scope, context);
        }
        if (outcome.window != null) {
            window = outcome.window;
        }
        List<?> rows = outcome.rows;
        int count = rows.size();
        int cap = context.config.maxDetailRows();
        boolean hasItems = count > 0;
        List<String> sheets = outcome.sheets != null ? outcome.sheets : rule.sheets();
        return new Card(spec.id(), spec.code(), spec.layer(), spec.icon(), spec.titleZh(), spec.titleEn(),
                hasItems ? Card.State.HAS_ITEMS : Card.State.ALL_GOOD, count, window, minSpan,
                new Card.BigNumber(outcome.bigValue, outcome.bigLabel), outcome.subInfo, outcome.extraInfo, outcome.badges,
                new Card.Action(hasItems ? outcome.actionLabel : outcome.allGoodAction),
                hasItems ? null : outcome.allGoodMessage, outcome.trend, outcome.headline,
                List.copyOf(rows.subList(0, Math.min(cap, count))), count, count > cap, outcome.extras, outcome.series,
                export(spec, scope, context, sheets), null);
    }

    static String insufficient(int needed, int span) {
        return "数据不足：需要至少" + needed + "天数据（当前" + span + "天）";
    }

    private static Card unjudged(CardRule.Spec spec, int minSpan, Card.Window window, String message, List<String> sheets,
            Snapshot.Scope scope, DiagnosisContext context) {
        return new Card(spec.id(), spec.code(), spec.layer(), spec.icon(), spec.titleZh(), spec.titleEn(),
                Card.State.INSUFFICIENT_DATA, 0, window, minSpan, new Card.BigNumber(Fmt.NONE, ""), null, null, List.of(),
                new Card.Action("查看说明"), message, null, null, List.of(), 0, false, Map.of(), null,
                export(spec, scope, context, sheets), null);
    }

    private static Card failed(CardRule.Spec spec, int minSpan, Card.Window window, RuntimeException e, List<String> sheets,
            Snapshot.Scope scope, DiagnosisContext context) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Card(spec.id(), spec.code(), spec.layer(), spec.icon(), spec.titleZh(), spec.titleEn(), Card.State.ERROR, 0,
                window, minSpan, new Card.BigNumber(Fmt.NONE, ""), null, null, List.of(), new Card.Action("查看说明"),
                "计算失败：" + message, null, null, List.of(), 0, false, Map.of(), null, export(spec, scope, context, sheets),
                new Card.Error("COMPUTATION_FAILED", message));
    }

    /** {baseName}_{scopeLabel}_{Y:yyyyMMdd}.xlsx with the characters a file name cannot hold replaced (§1.12). */
    private static Card.Export export(CardRule.Spec spec, Snapshot.Scope scope, DiagnosisContext context, List<String> sheets) {
        String label = scope.label().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        String date = context.y == null ? "" : "_" + FILE_DATE.format(context.y);
        return new Card.Export(spec.exportBaseName() + "_" + label + date + ".xlsx", Sheets.names(sheets));
    }
}
