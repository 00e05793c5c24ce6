package com.storeboard.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;

/** A view whose browser tab title is its translated name followed by the product name. */
public interface TranslatedTitle extends HasDynamicTitle {

    /** The message key of the view's name, e.g. {@code nav.today}. */
    String titleKey();

    @Override
    default String getPageTitle() {
        return I18NProvider.translate(titleKey()) + " · " + I18NProvider.translate("app.title");
    }
}
