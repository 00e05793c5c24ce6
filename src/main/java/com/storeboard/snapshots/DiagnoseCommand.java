package com.storeboard.snapshots;

import com.storeboard.diagnosis.model.Card;
import com.storeboard.diagnosis.model.Snapshot;
import com.storeboard.diagnosis.model.SnapshotJson;
import com.storeboard.importing.ImportCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar storeboard.jar diagnose (--input FILE_OR_DIR... | --from-db) [--store NAME] [--out FILE.json]}:
 * the snapshot of one scope as JSON, so that the engine can be checked against any data set without the UI. The
 * JSON goes to standard output (or the file); everything a person reads goes to standard error.
 */
@Component
public class DiagnoseCommand {

    private final SnapshotService snapshots;
    private final ImportCommand importer;

    public DiagnoseCommand(SnapshotService snapshots, ImportCommand importer) {
        this.snapshots = snapshots;
        this.importer = importer;
    }

    /** Exit code 0 with a snapshot, 1 when the input was rejected or writing failed, 2 for an unknown store. */
    public int run(DiagnoseOptions options, PrintStream out, PrintStream err) {
        if (!options.inputs().isEmpty()
                && !importer.importFiles(options.inputs(), options.skipInvalid(), null, null, err)) {
            return 1;
        }
        List<Snapshot.Scope> scopes = snapshots.scopes();
        Snapshot.Scope scope = Snapshot.Scope.all();
        if (options.storeName() != null) {
            scope = Snapshot.Scope.store(options.storeName());
            if (!scopes.contains(scope)) {
                err.println("没有门店 (no store) \"" + options.storeName() + "\"；已有门店 (stores): "
                        + String.join("、", scopes.stream().filter(s -> !s.isAll()).map(Snapshot.Scope::label).toList()));
                return 2;
            }
        }
        Snapshot snapshot = snapshots.compute(scope);
        String json = SnapshotJson.writePretty(snapshot);
        if (options.out() == null) {
            out.println(json);
        } else {
            try {
                Files.writeString(options.out(), json + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("无法写入 (cannot write) " + options.out() + ": " + e.getMessage());
                return 1;
            }
        }
        err.println(summary(snapshot));
        return 0;
    }

    private static String summary(Snapshot s) {
        List<Card> cards = s.layers().stream().flatMap(l -> l.cards().stream()).toList();
        long withItems = cards.stream().filter(c -> c.count() > 0).count();
        return "诊断完成 (diagnosed) " + s.scope().label() + "：数据截止 (Y) " + (s.referenceDate() == null ? "—" : s.referenceDate())
                + "，" + s.data().validOrders() + " 个有效订单 (valid orders)，" + cards.size() + " 张卡片中 " + withItems
                + " 张有待办 (cards with items)，用时 " + s.computeMillis().total() + " ms";
    }
}
