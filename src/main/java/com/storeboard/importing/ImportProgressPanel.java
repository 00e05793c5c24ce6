package com.storeboard.importing;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** The running import: a bar and a line of text, updated by server push. */
class ImportProgressPanel extends VerticalLayout {

    private final ProgressBar bar = new ProgressBar(0, 1, 0);
    private final Span text = new Span();

    ImportProgressPanel() {
        setId("import-progress");
        setPadding(false);
        setSpacing(false);
        text.setId("import-progress-text");
        add(bar, text);
        setVisible(false);
    }

    void start(int files) {
        bar.setIndeterminate(true);
        text.setText(getTranslation("import.progress.started", files));
        setVisible(true);
    }

    void show(ImportProgress progress) {
        bar.setIndeterminate(false);
        // reading is most of the work; writing fills the last fifth of the bar
        double value = progress.phase() == ImportProgress.Phase.READING ? progress.fraction() * 0.8
                : 0.8 + progress.fraction() * 0.2;
        bar.setValue(Math.max(0, Math.min(1, value)));
        String key = progress.phase() == ImportProgress.Phase.READING ? "import.progress.reading" : "import.progress.writing";
        text.setText(getTranslation(key, progress.file() == null ? "" : progress.file(), String.format("%,d", progress.rows()),
                String.format("%,.0f", progress.rowsPerSecond())));
    }

    void finish() {
        setVisible(false);
    }
}
