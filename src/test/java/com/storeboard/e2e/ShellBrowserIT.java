package com.storeboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.storeboard.support.RunningJar;
import com.storeboard.support.TestServices;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/** The packaged jar in a real headless Chromium: the shell renders, navigation and language switch work. */
class ShellBrowserIT {

    @TempDir
    static Path workDir;

    private static RunningJar app;
    private ChromeDriver driver;
    private ShellPage shell;

    @BeforeAll
    static void startApp() {
        app = new RunningJar(workDir, TestServices.freePort(), "--spring.data.redis.port=" + TestServices.freePort(),
                "--storeboard.demo.load-on-empty=false").start();
    }

    @AfterAll
    static void stopApp() {
        app.close();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        driver = BrowserSupport.headlessChromium();
        shell = new ShellPage(driver, app.url(""));
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    @Test
    void the_landing_page_is_todays_must_do_in_chinese_even_in_an_english_browser() {
        shell.open("/");

        assertThat(shell.productName()).isEqualTo("智能门店看板");
        assertThat(shell.browserTitle()).isEqualTo("今日必做 · 智能门店看板");
        assertThat(shell.view("today-view").getText()).contains("今日必做").contains("尚未上线");
        assertThat(shell.navigationLabels()).containsExactly("今日必做", "任务管理", "缓存监控", "数据导入");
    }

    @Test
    void the_navigation_reaches_every_view() {
        shell.open("/");

        shell.navigateTo("任务管理");
        assertThat(shell.path()).isEqualTo("/jobs");
        assertThat(shell.view("jobs-view").getText()).contains("后台任务");

        shell.navigateTo("缓存监控");
        assertThat(shell.path()).isEqualTo("/cache");
        assertThat(shell.view("redis-endpoint").getText()).contains("embedded redis-server 7.0.15");

        shell.navigateTo("数据导入");
        assertThat(shell.path()).isEqualTo("/import");
        assertThat(shell.view("import-view").getText()).contains("数据导入");

        shell.navigateTo("今日必做");
        assertThat(shell.path()).isEqualTo("/");
        assertThat(shell.browserTitle()).isEqualTo("今日必做 · 智能门店看板");
    }

    @Test
    void a_file_uploaded_in_the_browser_is_imported_and_shows_its_result_store_and_history_row() throws Exception {
        java.nio.file.Path file = workDir.resolve("东湖店_1220.csv");
        java.nio.file.Files.writeString(file, "订单ID,日期,门店名称,商品名称,月售,实收价格\n"
                + "E1,2025-12-19 10:00:00,星河便利（东湖店）,可乐,2,3.00\n"
                + "E2,2025-12-20 11:00:00,星河便利（东湖店）,雪碧,1,3.50\n");
        shell.open("/import");

        shell.importFile(file);

        assertThat(shell.text("import-status")).isEqualTo("已导入");
        assertThat(shell.text("import-summary")).startsWith("读取 2 行，写入 2 行");
        assertThat(String.join(" ", shell.gridRows("store-coverage"))).contains("星河便利（东湖店）").contains("2025-12-19")
                .contains("2025-12-20");
        assertThat(String.join(" ", shell.gridRows("import-history"))).contains("东湖店_1220.csv").contains("已导入");
    }

    @Test
    void switching_to_english_redraws_the_shell_in_english_and_is_remembered() {
        shell.open("/jobs");

        shell.chooseLanguage("English");
        assertThat(shell.productName()).isEqualTo("Storeboard");
        assertThat(shell.navigationLabels()).containsExactly("Today's must-do", "Jobs", "Cache monitor", "Data import");

        shell.open("/");
        assertThat(shell.browserTitle()).isEqualTo("Today's must-do · Storeboard");

        shell.chooseLanguage("中文");
        assertThat(shell.productName()).isEqualTo("智能门店看板");
    }
}
