package com.storeboard.importing;

import com.storeboard.orders.StoreCoverage;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** The stores with the days they cover; deleting a store's data asks first and is announced as an event. */
class StoreCoverageGrid extends Grid<StoreCoverage> {

    /** The user confirmed deleting every order line of a store. */
    static final class DeleteEvent extends ComponentEvent<StoreCoverageGrid> {
        private final StoreCoverage store;

        DeleteEvent(StoreCoverageGrid source, StoreCoverage store) {
            super(source, true);
            this.store = store;
        }

        StoreCoverage store() {
            return store;
        }
    }

    StoreCoverageGrid() {
        setId("store-coverage");
        addColumn(StoreCoverage::storeName).setHeader(getTranslation("import.col.store")).setFlexGrow(3);
        addColumn(StoreCoverage::firstDay).setHeader(getTranslation("import.col.firstDay"));
        addColumn(StoreCoverage::lastDay).setHeader(getTranslation("import.col.lastDay"));
        addColumn(StoreCoverage::days).setHeader(getTranslation("import.col.days"));
        addColumn(c -> String.format("%,d", c.lines())).setHeader(getTranslation("import.col.lines"));
        addComponentColumn(this::deleteButton).setHeader("").setFlexGrow(0).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
    }

    void show(List<StoreCoverage> stores) {
        setItems(stores);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    private Button deleteButton(StoreCoverage store) {
        Button delete = new Button(getTranslation("import.store.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        delete.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("import.store.delete.title", store.storeName()));
            confirm.setText(getTranslation("import.store.delete.text", store.storeName(), String.format("%,d", store.lines()),
                    store.firstDay(), store.lastDay()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmText(getTranslation("import.store.delete.confirm"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> fireEvent(new DeleteEvent(this, store)));
            confirm.open();
        });
        return delete;
    }
}
