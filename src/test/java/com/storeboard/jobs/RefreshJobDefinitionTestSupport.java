package com.storeboard.jobs;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The job definition with the real message bundle. */
final class RefreshJobDefinitionTestSupport extends RefreshJobDefinition {

    RefreshJobDefinitionTestSupport() {
        super(messages());
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
