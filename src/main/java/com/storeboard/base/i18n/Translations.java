package com.storeboard.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations come from Spring's message bundle ({@code i18n/messages*.properties}), so views,
 * services and reports share one set of texts. The base bundle is Chinese; English is {@code _en}.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(CHINESE, Locale.ENGLISH);
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final transient MessageSource messages;

    public Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale == null ? CHINESE : locale);
        } catch (NoSuchMessageException e) {
            log.warn("Missing text '{}' for {}: add it to i18n/messages*.properties", key, locale);
            return "!" + key + "!";
        }
    }

    /** The supported locale closest to the given language tag, Chinese when nothing matches. */
    public static Locale supported(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return CHINESE;
        }
        Locale wanted = Locale.forLanguageTag(languageTag.replace('_', '-'));
        return LOCALES.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst().orElse(CHINESE);
    }
}
