package com.storeboard.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.storeboard.config.StoreboardProperties;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleSelectionTest {

    private static LocaleSelection withDefault(String tag) {
        return new LocaleSelection(new StoreboardProperties(Path.of("data"),
                new StoreboardProperties.Redis(StoreboardProperties.EmbeddedMode.AUTO, Duration.ofMillis(500),
                        Duration.ofSeconds(15)),
                new StoreboardProperties.Ui(Locale.forLanguageTag(tag)),
                new StoreboardProperties.Cache(Duration.ofSeconds(600), "", Duration.ofMinutes(5), Duration.ofSeconds(30),
                        Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofSeconds(15)),
                new StoreboardProperties.Jobs(Duration.ofMinutes(5), true, true, Duration.ofDays(30))));
    }

    @Test
    void without_a_cookie_the_configured_default_chinese_is_used_whatever_the_browser_says() {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getCookies()).thenReturn(null);
        when(request.getLocale()).thenReturn(Locale.US);

        assertThat(withDefault("zh-CN").localeFor(request)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void the_language_cookie_wins_over_the_default() {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getCookies()).thenReturn(new Cookie[] {
                new Cookie("JSESSIONID", "x"), new Cookie(LocaleSelection.COOKIE, "en") });

        assertThat(withDefault("zh-CN").localeFor(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void an_english_default_can_be_configured() {
        assertThat(withDefault("en").localeFor(null)).isEqualTo(Locale.ENGLISH);
    }
}
