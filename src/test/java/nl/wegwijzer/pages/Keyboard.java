package nl.wegwijzer.pages;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A person with a keyboard and no mouse: moves with Tab to a field (every stop on the way must show
 * where the focus is) and types, chooses with the arrow keys, Enter and Space.
 */
final class Keyboard {
    private static final int MAX_STOPS = 400;
    private static final String FOCUS_SHOWN = """
            var s = getComputedStyle(arguments[0]);
            return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';""";

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    Keyboard tabTo(String id) {
        for (int i = 0; i < MAX_STOPS; i++) {
            WebElement active = browser.driver.switchTo().activeElement();
            String at = active.getAttribute("id");
            if (!"body".equals(active.getTagName())) {
                assertThat((Boolean) browser.driver.executeScript(FOCUS_SHOWN, active))
                        .as("visible focus on <%s id=%s>", active.getTagName(), at).isTrue();
            }
            if (id.equals(at)) {
                return this;
            }
            press(Keys.TAB);
        }
        return fail("Tab never reached #" + id);
    }

    Keyboard type(String text) {
        new Actions(browser.driver).sendKeys(text).perform();
        return this;
    }

    Keyboard down() {
        return press(Keys.ARROW_DOWN);
    }

    Keyboard enter() {
        return press(Keys.ENTER);
    }

    Keyboard space() {
        return press(Keys.SPACE);
    }

    private Keyboard press(Keys key) {
        new Actions(browser.driver).sendKeys(key).perform();
        return this;
    }
}
