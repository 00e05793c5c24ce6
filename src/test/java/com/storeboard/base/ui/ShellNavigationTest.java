package com.storeboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.admin.CacheView;
import com.storeboard.admin.JobsView;
import com.storeboard.importing.ImportView;
import com.storeboard.today.TodayView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ShellNavigationTest extends SpringBrowserlessTest {

    @Test
    void the_landing_route_is_todays_must_do_inside_the_application_shell() {
        navigate("", TodayView.class);

        assertThat(getCurrentView()).isInstanceOf(TodayView.class);
        assertThat(find(MainLayout.class).single()).isNotNull();
        assertThat(find(H1.class).single().getText()).isEqualTo("智能门店看板");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("今日必做 · 智能门店看板");
    }

    @Test
    void the_navigation_lists_the_four_views_in_chinese_in_order() {
        navigate(TodayView.class);

        List<SideNavItem> items = find(SideNav.class).single().getItems();
        assertThat(items).extracting(SideNavItem::getLabel).containsExactly("今日必做", "任务管理", "缓存监控", "数据导入");
        assertThat(items).extracting(SideNavItem::getPath).containsExactly("", "jobs", "cache", "import");
    }

    @Test
    void every_route_opens_its_view() {
        assertThat(navigate("jobs", JobsView.class)).isInstanceOf(JobsView.class);
        assertThat(navigate("cache", CacheView.class)).isInstanceOf(CacheView.class);
        assertThat(navigate("import", ImportView.class)).isInstanceOf(ImportView.class);
        assertThat(navigate("", TodayView.class)).isInstanceOf(TodayView.class);
    }

    @Test
    void views_whose_feature_is_not_built_say_so_instead_of_showing_numbers() {
        for (Class<? extends Component> view : List.of(TodayView.class, JobsView.class, CacheView.class)) {
            navigate(view);
            Component current = (Component) getCurrentView();
            assertThat(current).isInstanceOf(PendingFeature.class);
            assertThat(current.getElement().getText() + textOf(current)).contains("尚未");
        }
    }

    @Test
    void the_cache_view_names_the_redis_this_node_really_uses() {
        navigate(CacheView.class);

        String endpoint = find(Paragraph.class).withId("redis-endpoint").single().getText();
        assertThat(endpoint).startsWith("本节点使用的 Redis：127.0.0.1:").endsWith("(embedded redis-server 7.0.15)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_store_selector_is_a_disabled_placeholder_offering_only_all_stores() {
        navigate(TodayView.class);

        Select<String> store = find(Select.class).withId("store-selector").single();
        assertThat(store.isEnabled()).isFalse();
        assertThat(store.getValue()).isEqualTo("全部门店");
    }

    @Test
    void in_english_every_text_of_the_shell_is_english() {
        // A language switch reloads the page, so a new UI builds the shell in the new locale.
        UI.getCurrent().setLocale(Locale.ENGLISH);
        MainLayout layout = new MainLayout();
        TodayView today = new TodayView();

        assertThat(find(H1.class, layout).single().getText()).isEqualTo("Storeboard");
        assertThat(find(SideNav.class, layout).single().getItems()).extracting(SideNavItem::getLabel)
                .containsExactly("Today's must-do", "Jobs", "Cache monitor", "Data import");
        assertThat(find(H2.class, today).single().getText()).isEqualTo("Today's must-do");
        assertThat(today.getPageTitle()).isEqualTo("Today's must-do · Storeboard");
    }

    private String textOf(Component component) {
        StringBuilder sb = new StringBuilder();
        component.getChildren().forEach(child -> sb.append(child.getElement().getText()).append(textOf(child)));
        return sb.toString();
    }
}
