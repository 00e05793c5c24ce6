package com.storeboard.importing;

import com.storeboard.base.ui.TranslatedTitle;
import com.storeboard.orders.OrderDataService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import java.io.File;

/** 数据导入: upload platform exports, watch the import, read its result; the stores and the import history. */
@Menu(title = "nav.import", order = 4, icon = "vaadin:upload")
@Route("import")
public class ImportView extends VerticalLayout implements TranslatedTitle {

    private final ImportService importer;
    private final OrderDataService orderData;
    private final UploadBatch batch = new UploadBatch();
    private final ImportProgressPanel progress = new ImportProgressPanel();
    private final ImportResultPanel result;
    private final StoreCoverageGrid stores = new StoreCoverageGrid();
    private final ImportHistoryGrid history;

    public ImportView(ImportService importer, OrderDataService orderData, ImportMessages messages) {
        this.importer = importer;
        this.orderData = orderData;
        this.result = new ImportResultPanel(messages);
        this.history = new ImportHistoryGrid(importer.zone());
        setId("import-view");
        addClassName("sb-page");
        UnorderedList rules = new UnorderedList(new ListItem(getTranslation("import.rule.replace")),
                new ListItem(getTranslation("import.rule.stores")), new ListItem(getTranslation("import.rule.atomic")),
                new ListItem(getTranslation("import.rule.same")));
        rules.addClassName("sb-muted");
        batch.addStartListener(e -> start(e.files(), e.skipInvalid(), e.storeName()));
        stores.addDeleteListener(e -> delete(e.store().storeName()));
        add(new H2(getTranslation("nav.import")), rules, batch, progress, result,
                new H3(getTranslation("import.stores.title")), stores, new H3(getTranslation("import.history.title")), history);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refreshLists();
    }

    private void start(java.util.List<UploadBatch.Uploaded> files, boolean skipInvalid, String storeName) {
        UI ui = UI.getCurrent();
        String user = getTranslation("import.user.web", VaadinSession.getCurrent().getBrowser().getAddress());
        ImportRequest request = new ImportRequest(files.stream()
                .map(f -> new ImportRequest.ImportFile(f.file().toPath(), f.name(), storeName, null)).toList(),
                skipInvalid, user, "UI");
        batch.setBusy(true);
        result.setVisible(false);
        progress.start(files.size());
        importer.importInBackground(request, p -> ui.access(() -> progress.show(p))).whenComplete((done, failure) -> {
            files.forEach(f -> deleteQuietly(f.file()));
            ui.access(() -> finished(done, failure));
        });
    }

    private void finished(ImportResult done, Throwable failure) {
        progress.finish();
        batch.clear();
        batch.setBusy(false);
        if (failure != null) {
            Notification.show(getTranslation("import.failed", failure.getMessage()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } else {
            result.show(done);
        }
        refreshLists();
    }

    private void delete(String storeName) {
        int deleted = orderData.deleteStore(storeName, null, null);
        Notification.show(getTranslation("import.store.deleted", storeName, String.format("%,d", deleted)))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refreshLists();
    }

    private void refreshLists() {
        stores.show(orderData.coverage());
        history.show(importer.history(50));
    }

    private static void deleteQuietly(File file) {
        if (!file.delete()) {
            file.deleteOnExit();
        }
    }

    @Override
    public String titleKey() {
        return "nav.import";
    }
}
