package com.storeboard.base.ui;

import com.storeboard.base.i18n.LocaleSelection;
import com.storeboard.base.i18n.Translations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import java.util.Locale;

/** The desktop-style frame around every view: product name, store selector, language, navigation. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), title(), headerTools());
        addToDrawer(navigation());
    }

    private Component title() {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("sb-app-title");
        return title;
    }

    private Component headerTools() {
        // The scope selector lists stores once order data exists; until then 全部门店 is the only scope.
        Select<String> store = new Select<>();
        store.setId("store-selector");
        store.setAriaLabel(getTranslation("header.store"));
        store.setItems(getTranslation("header.store.all"));
        store.setValue(getTranslation("header.store.all"));
        store.setEnabled(false);
        store.setTooltipText(getTranslation("header.store.hint"));

        Select<Locale> language = new Select<>();
        language.setId("language-selector");
        language.setAriaLabel(getTranslation("header.language"));
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(Translations.supported(getLocale().toLanguageTag()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> LocaleSelection.switchTo(ui, e.getValue()));
            }
        });

        HorizontalLayout tools = new HorizontalLayout(new Span(getTranslation("header.store")), store, language);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.addClassName("sb-header-tools");
        return tools;
    }

    /** Views announce themselves with {@code @Menu(title = message key)}; the layout knows none of them. */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        return nav;
    }
}
