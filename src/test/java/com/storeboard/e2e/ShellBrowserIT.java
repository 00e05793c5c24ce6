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
        app = new RunningJar(workDir, TestServices.freePort(), "--spring.data.redis.port=" + TestServices.freePort())
                .start();
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
