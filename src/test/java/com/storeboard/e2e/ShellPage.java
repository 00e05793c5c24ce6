package com.storeboard.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object of the application shell, in the style of TestBench page objects. */
final class ShellPage {

    private final WebDriver driver;
    private final String baseUrl;

    ShellPage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    ShellPage open(String path) {
        driver.get(baseUrl + path);
        waitUntilIdle();
        waitFor(By.cssSelector("h1.sb-app-title"));
        return this;
    }

    String productName() {
        return driver.findElement(By.cssSelector("h1.sb-app-title")).getText();
    }

    String browserTitle() {
        return driver.getTitle();
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    List<String> navigationLabels() {
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    /** Clicks a navigation item and waits until the browser shows its route (a click is handled asynchronously). */
    ShellPage navigateTo(String label) {
        WebElement item = driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .filter(e -> e.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No navigation item " + label + " in " + navigationLabels()));
        String target = "/" + item.getDomAttribute("path").replaceFirst("^/", "");
        item.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> path().equals(target));
        waitUntilIdle();
        return this;
    }

    WebElement view(String id) {
        return waitFor(By.id(id));
    }

    String headingOfView() {
        return driver.findElement(By.cssSelector("vaadin-app-layout h2")).getText();
    }

    /** Picks a language in the header selector; the page reloads in that language. */
    ShellPage chooseLanguage(String label) {
        String before = productName();
        driver.findElement(By.id("language-selector")).click();
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d
                .findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().trim().equals(label)).findFirst().orElse(null));
        item.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            List<WebElement> title = d.findElements(By.cssSelector("h1.sb-app-title"));
            try {
                return !title.isEmpty() && !title.get(0).getText().equals(before);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        waitUntilIdle();
        return this;
    }

    /** Uploads a file through the page's upload component and starts the import. */
    ShellPage importFile(java.nio.file.Path file) {
        WebElement upload = waitFor(By.id("import-upload"));
        List<WebElement> inputs = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement input = inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : inputs.get(0);
        input.sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("import-files")).getText()
                .contains(file.getFileName().toString()));
        driver.findElement(By.id("import-start")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            List<WebElement> status = d.findElements(By.id("import-status"));
            return !status.isEmpty() && status.get(0).isDisplayed() && !status.get(0).getText().isBlank();
        });
        waitUntilIdle();
        return this;
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The texts of a grid's rendered cells (header cells included), in document order. */
    List<String> gridRows(String id) {
        WebElement grid = driver.findElement(By.id(id));
        @SuppressWarnings("unchecked")
        List<String> cells = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent.trim());",
                grid);
        return cells;
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    private void waitUntilIdle() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())"));
    }
}
