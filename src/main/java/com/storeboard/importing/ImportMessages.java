package com.storeboard.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words for import problems, in Chinese or English, and the downloadable problem report. */
@Component
public class ImportMessages {

    private final MessageSource messages;

    public ImportMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String describe(ImportProblem problem, Locale locale) {
        return messages.getMessage(problem.code().messageKey(), problem.args().toArray(), problem.code().name(), locale);
    }

    /** Chinese first, English in brackets, as DATA.md §4.8 shows: "销量不能为负数 (quantity must be ≥ 0)". */
    public String bilingual(ImportProblem problem) {
        return describe(problem, Locale.SIMPLIFIED_CHINESE) + " (" + describe(problem, Locale.ENGLISH) + ")";
    }

    /**
     * Every problem of an import as CSV (UTF-8 with BOM, so that spreadsheets show the Chinese text), sorted by
     * file, row and column: file, row, column, value, code, level, message.
     */
    public void writeReport(ImportResult result, Locale locale, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            boolean chinese = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord(chinese ? new Object[] {"文件", "行", "列", "值", "代码", "级别", "说明"}
                    : new Object[] {"file", "row", "column", "value", "code", "level", "message"});
            for (ImportProblem p : result.reportProblems()) {
                csv.printRecord(p.file(), p.row() > 0 ? p.row() : "", p.column(), p.value(), p.code().name(),
                        p.code().level().name(), describe(p, locale));
            }
            int kept = result.reportProblems().size();
            int total = result.errorCount() + result.warningCounts().values().stream().mapToInt(Integer::intValue).sum();
            if (total > kept) {
                csv.printRecord("", "", "", "", "", "", chinese ? "另有 " + (total - kept) + " 条问题未列出"
                        : (total - kept) + " more problems not listed");
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
