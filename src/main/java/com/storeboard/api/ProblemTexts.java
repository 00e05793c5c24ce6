package com.storeboard.api;

import com.storeboard.config.StoreboardProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the problem bodies of the API from the message bundles: English when the request asks for it with
 * {@code Accept-Language: en…}, otherwise the board's default language (Chinese unless configured).
 */
@Component
class ProblemTexts {

    static final String TYPE_PREFIX = "urn:storeboard:problem:";

    private final MessageSource messages;
    private final Locale defaultLocale;

    ProblemTexts(MessageSource messages, StoreboardProperties properties) {
        this.messages = messages;
        this.defaultLocale = "en".equals(properties.ui().defaultLocale().getLanguage()) ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }

    ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String type, Object... args) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(messages.getMessage("api.problem." + type + ".title", null, locale));
        problem.setDetail(messages.getMessage("api.problem." + type + ".detail", args, locale));
        problem.setInstance(instance(request));
        return problem;
    }

    Locale locale(HttpServletRequest request) {
        if (request != null && request.getHeader("Accept-Language") != null) {
            return "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
        return defaultLocale;
    }

    static URI instance(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        try {
            return URI.create(request.getRequestURI());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
