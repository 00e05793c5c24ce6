package com.storeboard.e2e;

import com.storeboard.support.TestServices;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium through its own chromedriver; Selenium Manager never downloads anything. */
final class BrowserSupport {

    private BrowserSupport() {
    }

    static ChromeDriver headlessChromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(TestServices.chrome());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--disable-quic", "--window-size=1280,900", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("storeboard-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(TestServices.chromedriver()))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
