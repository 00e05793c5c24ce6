package com.storeboard.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What a view shows while its feature is not built: its title and a plain statement of what will be here.
 * Never sample numbers, so nobody mistakes a placeholder for a diagnosis.
 */
public class PendingFeature extends VerticalLayout {

    public PendingFeature(String titleKey, String descriptionKey) {
        addClassName("sb-pending");
        H2 title = new H2(getTranslation(titleKey));
        Span badge = new Span(getTranslation("pending.badge"));
        badge.getElement().getThemeList().add("badge contrast");
        badge.addClassName("sb-pending-badge");
        Paragraph description = new Paragraph(getTranslation(descriptionKey));
        description.addClassName("sb-pending-text");
        add(title, badge, description);
    }
}
