package com.storeboard.importing;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Drop zone and options of one import batch. Files land in temporary files as they arrive; the user then
 * starts the import, which this component announces with a {@link StartEvent}.
 */
class UploadBatch extends VerticalLayout {

    /** An uploaded file waiting for the import. */
    record Uploaded(File file, String name, long size) {
    }

    /** The user asked to import the uploaded files. */
    static final class StartEvent extends ComponentEvent<UploadBatch> {
        private final List<Uploaded> files;
        private final boolean skipInvalid;
        private final String storeName;

        StartEvent(UploadBatch source, List<Uploaded> files, boolean skipInvalid, String storeName) {
            super(source, true);
            this.files = files;
            this.skipInvalid = skipInvalid;
            this.storeName = storeName;
        }

        List<Uploaded> files() {
            return files;
        }

        boolean skipInvalid() {
            return skipInvalid;
        }

        String storeName() {
            return storeName;
        }
    }

    /** Larger than any platform export of a store (a million lines is about 300 MB of CSV). */
    private static final int MAX_FILE_BYTES = 1024 * 1024 * 1024;

    private final List<Uploaded> files = new ArrayList<>();
    private final Upload upload = new Upload();
    private final Span fileList = new Span();
    private final Checkbox skipInvalid = new Checkbox();
    private final TextField storeName = new TextField();
    private final Button start = new Button();

    UploadBatch() {
        setPadding(false);
        upload.setId("import-upload");
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> getUI().ifPresent(ui -> ui.access(() -> {
            files.add(new Uploaded(file, metadata.fileName(), metadata.contentLength()));
            refresh();
        }))));
        upload.setDropAllowed(true);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".xls", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("import.upload.rejected", e.getFileName(),
                e.getErrorMessage()), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING));
        upload.addFileRemovedListener(e -> {
            files.removeIf(f -> f.name().equals(e.getFileName()));
            refresh();
        });
        Span dropLabel = new Span(getTranslation("import.upload.drop"));
        upload.setDropLabel(dropLabel);

        storeName.setId("import-store-name");
        storeName.setLabel(getTranslation("import.option.store"));
        storeName.setHelperText(getTranslation("import.option.store.help"));
        storeName.setClearButtonVisible(true);
        storeName.setWidth("22em");
        skipInvalid.setId("import-skip-invalid");
        skipInvalid.setLabel(getTranslation("import.option.skip"));
        start.setId("import-start");
        start.setText(getTranslation("import.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> fireEvent(new StartEvent(this, List.copyOf(files), skipInvalid.getValue(),
                storeName.getValue().isBlank() ? null : storeName.getValue().trim())));
        fileList.setId("import-files");
        fileList.addClassName("sb-muted");

        HorizontalLayout options = new HorizontalLayout(storeName, skipInvalid, start);
        options.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(upload, fileList, options);
        refresh();
    }

    Registration addStartListener(ComponentEventListener<StartEvent> listener) {
        return addListener(StartEvent.class, listener);
    }

    /** While an import runs nothing can be added or started. */
    void setBusy(boolean busy) {
        upload.getElement().setEnabled(!busy);
        start.setEnabled(!busy && !files.isEmpty());
    }

    /** Forgets the batch after it was imported (the temporary files are the caller's to delete). */
    void clear() {
        files.clear();
        upload.clearFileList();
        refresh();
    }

    private void refresh() {
        start.setEnabled(!files.isEmpty());
        fileList.setText(files.isEmpty() ? getTranslation("import.files.none")
                : getTranslation("import.files.ready", files.size(),
                        String.join("、", files.stream().map(Uploaded::name).toList())));
    }
}
