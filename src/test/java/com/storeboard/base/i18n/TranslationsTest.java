package com.storeboard.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class TranslationsTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Configured as application.yml configures Spring's message source. */
    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void chinese_and_english_bundles_have_exactly_the_same_keys_and_no_empty_text() throws IOException {
        Properties chinese = bundle("messages");
        Properties english = bundle("messages_en");

        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
        chinese.forEach((k, v) -> assertThat(v.toString()).as("zh " + k).isNotBlank());
        english.forEach((k, v) -> assertThat(v.toString()).as("en " + k).isNotBlank());
    }

    @Test
    void the_base_bundle_is_chinese_and_the_english_one_is_not() throws IOException {
        assertThat(bundle("messages").getProperty("app.title")).isEqualTo("智能门店看板");
        assertThat(bundle("messages_en").getProperty("app.title")).isEqualTo("Storeboard");
    }

    @Test
    void chinese_is_served_for_chinese_and_unknown_languages_english_for_english() {
        Translations translations = new Translations(messages());

        assertThat(translations.getTranslation("nav.today", Locale.SIMPLIFIED_CHINESE)).isEqualTo("今日必做");
        assertThat(translations.getTranslation("nav.today", Locale.FRENCH)).isEqualTo("今日必做");
        assertThat(translations.getTranslation("nav.today", Locale.US)).isEqualTo("Today's must-do");
        assertThat(translations.getTranslation("cache.endpoint", Locale.ENGLISH, "127.0.0.1:6379/0 (external)"))
                .isEqualTo("Redis used by this node: 127.0.0.1:6379/0 (external)");
    }

    @Test
    void a_missing_text_is_shown_as_its_key_so_that_it_is_noticed() {
        Translations translations = new Translations(messages());

        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    @Test
    void language_tags_map_to_the_supported_locales() {
        assertThat(Translations.supported("en-US")).isEqualTo(Locale.ENGLISH);
        assertThat(Translations.supported("zh-TW")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Translations.supported("zh_CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Translations.supported("de")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Translations.supported(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
