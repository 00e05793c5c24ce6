package com.storeboard.snapshots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The command line of {@code diagnose}, parsed before any Spring context exists: {@code --input} decides that the
 * command gets a throwaway in-memory database instead of the configured one.
 *
 * @param inputs    the files to import (directories already expanded), empty with {@code --from-db}
 * @param storeName the store to diagnose, or null for 全部门店
 * @param out       where to write the JSON, or null for standard output
 */
public record DiagnoseOptions(List<Path> inputs, boolean fromDb, String storeName, Path out, boolean skipInvalid) {

    public static final String USAGE = """
            用法 (usage): java -jar storeboard.jar diagnose (--input 文件或目录... | --from-db) [--store 门店名称] [--out 快照.json] [--skip-invalid]
              --input F...    把这些 CSV/XLSX 文件（目录则取其中全部 .csv/.xlsx）导入一个临时内存数据库，再诊断
                              (import the files, or every .csv/.xlsx under a directory, into a throwaway in-memory database)
              --from-db       诊断已配置数据库中的数据 (diagnose the data in the configured database)
              --store NAME    只诊断这个门店，默认全部门店 (one store; default: 全部门店, all stores)
              --out FILE      快照 JSON 写入文件，默认输出到标准输出 (write the snapshot JSON to FILE; default stdout)
              --skip-invalid  导入时跳过有错误的订单 (with --input: skip orders with invalid lines)""";

    public DiagnoseOptions {
        inputs = List.copyOf(inputs);
    }

    /** Parses the arguments; throws IllegalArgumentException with a message for the user. */
    public static DiagnoseOptions parse(List<String> args) {
        List<Path> inputs = new ArrayList<>();
        boolean input = false;
        boolean fromDb = false;
        boolean skip = false;
        String store = null;
        Path out = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--input" -> {
                    input = true;
                    while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                        inputs.addAll(expand(Path.of(args.get(++i))));
                    }
                }
                case "--from-db" -> fromDb = true;
                case "--skip-invalid" -> skip = true;
                case "--store", "--out" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException(arg + " 需要一个值 (needs a value)");
                    }
                    String value = args.get(++i);
                    if (arg.equals("--store")) {
                        store = value;
                    } else {
                        out = Path.of(value);
                    }
                }
                default -> throw new IllegalArgumentException(arg.startsWith("--")
                        ? "未知选项 (unknown option): " + arg
                        : "多余的参数 (unexpected argument): " + arg + "；文件请放在 --input 之后 (files go after --input)");
            }
        }
        if (input == fromDb) {
            throw new IllegalArgumentException("请指定 --input 或 --from-db 之一 (give exactly one of --input and --from-db)");
        }
        if (input && inputs.isEmpty()) {
            throw new IllegalArgumentException("--input 之后没有 CSV/XLSX 文件 (no .csv or .xlsx file after --input)");
        }
        return new DiagnoseOptions(inputs, fromDb, store, out, skip);
    }

    private static List<Path> expand(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("文件或目录不存在 (no such file or directory): " + path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).filter(DiagnoseOptions::isOrderFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isOrderFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx");
    }
}
