package com.storeboard.today;

import com.storeboard.base.ui.PendingFeature;
import com.storeboard.base.ui.TranslatedTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** 今日必做, the landing page. Filled by the diagnosis and cache features. */
@Menu(title = "nav.today", order = 1, icon = "vaadin:check-square-o")
@Route("")
public class TodayView extends PendingFeature implements TranslatedTitle {

    public TodayView() {
        super("nav.today", "today.pending");
        setId("today-view");
    }

    @Override
    public String titleKey() {
        return "nav.today";
    }
}
