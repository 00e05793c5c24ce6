package com.storeboard.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ImportMessagesTest {

    private final ImportMessages messages = new ImportMessages(bundle());

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static ImportProblem problem(ImportCode code, String... args) {
        return new ImportProblem("美团_1220.xlsx", 0, 37, "月售", 5, "-1", code, List.of(args));
    }

    @Test
    void every_code_has_a_chinese_and_an_english_text() {
        for (ImportCode code : ImportCode.values()) {
            ImportProblem p = problem(code, "a", "b");
            assertThat(messages.describe(p, Locale.SIMPLIFIED_CHINESE)).as(code + " zh").isNotEqualTo(code.name())
                    .doesNotContain("{");
            assertThat(messages.describe(p, Locale.ENGLISH)).as(code + " en").isNotEqualTo(code.name()).doesNotContain("{");
        }
    }

    @Test
    void the_bilingual_message_is_the_one_of_the_spec_example() {
        assertThat(messages.bilingual(problem(ImportCode.QUANTITY_NEGATIVE))).isEqualTo("销量不能为负数 (quantity must be ≥ 0)");
    }

    @Test
    void the_report_is_a_utf8_csv_with_bom_listing_file_row_column_value_code_and_reason() {
        ImportResult result = new ImportResult(ImportResult.Status.REJECTED, java.util.UUID.randomUUID(), ImportResult.Mode.STRICT,
                List.of(), 1, 0, 0, List.of(), List.of(), Map.of(ImportCode.QUANTITY_NEGATIVE, 1), List.of(), Map.of(), List.of(),
                Map.of(), Map.of(), null, 5, List.of(problem(ImportCode.QUANTITY_NEGATIVE)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        messages.writeReport(result, Locale.SIMPLIFIED_CHINESE, out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines()).containsExactly("文件,行,列,值,代码,级别,说明",
                "美团_1220.xlsx,37,月售,-1,QUANTITY_NEGATIVE,ERROR,销量不能为负数");
    }
}
