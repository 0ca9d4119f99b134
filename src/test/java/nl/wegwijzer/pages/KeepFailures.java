package nl.wegwijzer.pages;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/** When a page test fails: the page as the browser had it (picture and HTML) in target/screenshots. */
final class KeepFailures implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        handleTestExecutionException(context, failure);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Browser browser = Browser.last();
        if (browser != null) {
            String name = "fout-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                browser.screenshot(name);
                Files.writeString(Browser.SCREENSHOTS.resolve(name + ".html"), browser.driver.getPageSource());
            } catch (RuntimeException | IOException ignored) {
                // The failure itself matters more than its picture.
            }
        }
        throw failure;
    }
}
