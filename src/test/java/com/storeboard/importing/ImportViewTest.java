package com.storeboard.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ImportViewTest extends SpringBrowserlessTest {

    private static final String GOOD = """
            订单ID,日期,门店名称,商品名称,月售,实收价格
            A1,2025-12-19 10:00:00,东湖店,可乐,2,3.00
            A2,2025-12-20 11:00:00,东湖店,雪碧,1,3.50
            """;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        jdbc.update("delete from order_line");
        jdbc.update("delete from partition_digest");
        jdbc.update("delete from partition_columns");
        jdbc.update("delete from import_history");
    }

    @Test
    void an_uploaded_file_is_imported_and_its_result_stores_and_history_row_are_shown() {
        ImportView view = navigate(ImportView.class);
        assertThat(find(Button.class).withId("import-start").single().isEnabled()).isFalse();

        test(find(Upload.class).single()).upload("东湖店.csv", "text/csv", GOOD.getBytes(StandardCharsets.UTF_8));
        waitFor(() -> find(Span.class).withId("import-files").single().getText().contains("东湖店.csv"));
        test(find(Button.class).withId("import-start").single()).click();
        waitFor(() -> find(Span.class).withId("import-status").single().getText().equals("已导入"));

        assertThat(find(Paragraph.class).withId("import-summary").single().getText()).startsWith("读取 2 行，写入 2 行");
        assertThat(rows("store-coverage")).isEqualTo(1);
        assertThat(rows("import-history")).isEqualTo(1);
        assertThat(find(Span.class).withId("import-files").single().getText()).isEqualTo("尚未上传文件");
        assertThat(view).isNotNull();
    }

    @Test
    void a_rejected_file_lists_every_problem_and_offers_the_report() {
        navigate(ImportView.class);

        test(find(Upload.class).single()).upload("bad.csv", "text/csv",
                (GOOD + "A3,2025-12-20 12:00:00,东湖店,橙汁,-1,4.00\n").getBytes(StandardCharsets.UTF_8));
        waitFor(() -> find(Button.class).withId("import-start").single().isEnabled());
        test(find(Button.class).withId("import-start").single()).click();
        waitFor(() -> find(Span.class).withId("import-status").single().getText().equals("未导入"));

        Grid<?> problems = find(Grid.class).withId("import-problems").single();
        assertThat(test(problems).size()).isEqualTo(1);
        assertThat(test(problems).getCellText(0, 1)).isEqualTo("4");
        assertThat(test(problems).getCellText(0, 2)).isEqualTo("月售");
        assertThat(test(problems).getCellText(0, 4)).isEqualTo("销量不能为负数");
        assertThat(find(Anchor.class).withId("import-report").single().isVisible()).isTrue();
        assertThat(rows("store-coverage")).isZero();
    }

    @Test
    void deleting_a_store_asks_first_and_then_removes_its_rows() {
        navigate(ImportView.class);
        test(find(Upload.class).single()).upload("东湖店.csv", "text/csv", GOOD.getBytes(StandardCharsets.UTF_8));
        waitFor(() -> find(Button.class).withId("import-start").single().isEnabled());
        test(find(Checkbox.class).withId("import-skip-invalid").single()).click();
        test(find(Button.class).withId("import-start").single()).click();
        waitFor(() -> rows("store-coverage") == 1);

        Grid<?> stores = find(Grid.class).withId("store-coverage").single();
        Button delete = (Button) test(stores).getCellComponent(0, 5);
        assertThat(delete.getText()).isEqualTo("删除数据");
        test(delete).click();
        assertThat(jdbc.queryForObject("select count(*) from order_line", Integer.class)).as("not before confirming").isEqualTo(2);
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        test(confirm).confirm();

        assertThat(jdbc.queryForObject("select count(*) from order_line", Integer.class)).isZero();
        assertThat(rows("store-coverage")).isZero();
    }

    private int rows(String gridId) {
        return test(find(Grid.class).withId(gridId).single()).size();
    }

    /** The import runs on its own thread and reports through UI.access: let those updates in until done. */
    private void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            roundTrip();
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (java.util.NoSuchElementException notShownYet) {
                // the component appears once the import has finished
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("condition not met within 15 s");
    }
}
