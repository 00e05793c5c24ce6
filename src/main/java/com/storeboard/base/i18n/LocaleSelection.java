package com.storeboard.base.i18n;

import com.storeboard.config.StoreboardProperties;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every new UI starts in the language the user picked last (a cookie), otherwise in the configured default
 * (Chinese): store teams share machines whose browsers are often set to English.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

    public static final String COOKIE = "storeboard-lang";
    private final Locale defaultLocale;

    public LocaleSelection(StoreboardProperties properties) {
        this.defaultLocale = Translations.supported(properties.ui().defaultLocale().toLanguageTag());
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(localeFor(VaadinRequest.getCurrent())));
    }

    Locale localeFor(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return defaultLocale;
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(c -> Translations.supported(c.getValue())).orElse(defaultLocale);
    }

    /** Remembers the choice in the browser and reloads so that every text is rendered again. */
    public static void switchTo(UI ui, Locale locale) {
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; samesite=lax'",
                COOKIE, locale.toLanguageTag());
        ui.getPage().reload();
    }
}
