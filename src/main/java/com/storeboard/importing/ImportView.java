package com.storeboard.importing;

import com.storeboard.base.ui.PendingFeature;
import com.storeboard.base.ui.TranslatedTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** 数据导入: upload of platform order exports. */
@Menu(title = "nav.import", order = 4, icon = "vaadin:upload")
@Route("import")
public class ImportView extends PendingFeature implements TranslatedTitle {

    public ImportView() {
        super("nav.import", "import.pending");
        setId("import-view");
    }

    @Override
    public String titleKey() {
        return "nav.import";
    }
}
