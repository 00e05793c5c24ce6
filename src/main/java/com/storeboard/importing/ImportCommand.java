package com.storeboard.importing;

import com.storeboard.importing.ImportRequest.ImportFile;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar storeboard.jar import FILE... [--skip-invalid] [--store NAME] [--encoding UTF-8|GB18030]}:
 * the importer of the 数据导入 page, from a shell. Exit code 0 when the data is stored (or already was),
 * 1 when the import was rejected, 2 for a wrong command line.
 */
@Component
public class ImportCommand {

    public static final String USAGE = """
            用法 (usage): java -jar storeboard.jar import FILE... [--skip-invalid] [--store 门店名称] [--encoding UTF-8|GB18030]
              --skip-invalid  跳过有错误的订单，导入其余 (skip orders with invalid lines, import the rest)
              --store NAME    文件没有门店名称列时使用的门店 (store of a file without a 门店名称 column)
              --encoding E    强制 CSV 编码 (force the CSV encoding)""";

    private static final int LISTED = 50;

    private final ImportService importer;
    private final ImportMessages messages;

    public ImportCommand(ImportService importer, ImportMessages messages) {
        this.importer = importer;
        this.messages = messages;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> paths = new ArrayList<>();
        boolean skip = false;
        String store = null;
        String encoding = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--skip-invalid" -> skip = true;
                case "--store", "--encoding" -> {
                    if (i + 1 >= args.size()) {
                        err.println(arg + " 需要一个值 (needs a value)\n" + USAGE);
                        return 2;
                    }
                    String value = args.get(++i);
                    if (arg.equals("--store")) {
                        store = value;
                    } else {
                        encoding = value.toUpperCase(Locale.ROOT);
                        if (!encoding.equals("UTF-8") && !encoding.equals("GB18030")) {
                            err.println("--encoding 只能是 UTF-8 或 GB18030 (must be UTF-8 or GB18030)");
                            return 2;
                        }
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("未知选项 (unknown option): " + arg + "\n" + USAGE);
                        return 2;
                    }
                    paths.add(Path.of(arg));
                }
            }
        }
        if (paths.isEmpty()) {
            err.println("请指定要导入的文件 (no file given)\n" + USAGE);
            return 2;
        }
        for (Path path : paths) {
            if (!Files.isRegularFile(path)) {
                err.println("文件不存在 (no such file): " + path);
                return 2;
            }
        }
        return importFiles(paths, skip, store, encoding, out) ? 0 : 1;
    }

    /**
     * Imports the files as the {@code import} command does and prints the outcome; true when the data is stored
     * (or already was). Other commands (diagnose --input) use it to load their throwaway database.
     */
    public boolean importFiles(List<Path> paths, boolean skipInvalid, String storeName, String forcedEncoding, PrintStream out) {
        List<ImportFile> files = paths.stream()
                .map(p -> new ImportFile(p, p.getFileName().toString(), storeName, forcedEncoding)).toList();
        out.println("导入 " + files.size() + " 个文件 (importing " + files.size() + " file(s)) …");
        ImportResult result = importer.importFiles(
                new ImportRequest(files, skipInvalid, System.getProperty("user.name", "cli"), "CLI"));
        print(result, out);
        return result.status() != ImportResult.Status.REJECTED;
    }

    private void print(ImportResult r, PrintStream out) {
        long inserted = r.partitions().stream().filter(p -> p.action() == ImportResult.PartitionChange.Action.INSERTED).count();
        long replaced = r.partitions().stream().filter(p -> p.action() == ImportResult.PartitionChange.Action.REPLACED).count();
        long unchanged = r.partitions().stream().filter(p -> p.action() == ImportResult.PartitionChange.Action.UNCHANGED).count();
        out.printf("结果 (result): %s — 读取 %d 行, 写入 %d 行, 跳过 %d 行, 用时 %.1f 秒 (rows read %d, written %d, skipped %d, %.1f s)%n",
                r.status(), r.rowsRead(), r.rowsImported(), r.rowsSkipped(), r.durationMillis() / 1000.0, r.rowsRead(),
                r.rowsImported(), r.rowsSkipped(), r.durationMillis() / 1000.0);
        out.printf("分区 (partitions store × date): 新增 %d, 替换 %d, 未变 %d (inserted, replaced, unchanged)%n", inserted,
                replaced, unchanged);
        for (ImportResult.FileInfo f : r.files()) {
            out.printf("  %s: %s%s, 表头第 %d 行 (header row), %d 数据行 (data rows)%s%n", f.name(), f.format(),
                    f.encoding() == null ? "" : " " + f.encoding(), f.headerRow(), f.dataRows(),
                    "KM".equals(f.distanceUnit()) ? ", 配送距离按公里换算 (distances in km)" : "");
        }
        if (r.errorCount() > 0) {
            out.println("错误 (errors): " + r.errorCounts());
            r.errors().stream().limit(LISTED).forEach(p -> out.println("  " + where(p) + messages.bilingual(p)));
            if (r.errorCount() > LISTED) {
                out.println("  … 共 " + r.errorCount() + " 个错误 (errors in all)");
            }
        }
        if (!r.warningCounts().isEmpty()) {
            out.println("提示 (warnings and notes): " + r.warningCounts());
            r.warnings().stream().filter(p -> p.code() != ImportCode.PARTITION_UNCHANGED).limit(LISTED)
                    .forEach(p -> out.println("  " + where(p) + messages.bilingual(p)));
        }
        if (r.status() == ImportResult.Status.REJECTED) {
            out.println("没有写入任何数据；请修正以上问题后重新导入，或用 --skip-invalid 跳过有错误的订单。");
            out.println("(Nothing was written; fix the problems above and import again, or use --skip-invalid.)");
        }
    }

    private static String where(ImportProblem p) {
        StringBuilder sb = new StringBuilder();
        if (p.file() != null) {
            sb.append(p.file());
        }
        if (p.row() > 0) {
            sb.append(':').append(p.row());
        }
        if (p.column() != null) {
            sb.append(" [").append(p.column()).append(']');
        }
        if (p.value() != null) {
            sb.append(" \"").append(p.value()).append('"');
        }
        return sb.isEmpty() ? "" : sb.append(" — ").toString();
    }
}
