package com.storeboard.admin;

import com.storeboard.base.ui.PendingFeature;
import com.storeboard.base.ui.TranslatedTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** 任务管理: background jobs, their schedule and run history. */
@Menu(title = "nav.jobs", order = 2, icon = "vaadin:clock")
@Route("jobs")
public class JobsView extends PendingFeature implements TranslatedTitle {

    public JobsView() {
        super("nav.jobs", "jobs.pending");
        setId("jobs-view");
    }

    @Override
    public String titleKey() {
        return "nav.jobs";
    }
}
