package uk.police.spo.intake.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public report page as a person uses it: by clicking and typing, or by the keyboard alone. */
public final class ReportPage {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final WebDriver driver;

	private final String baseUrl;

	public ReportPage(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	public String baseUrl() {
		return baseUrl;
	}

	public ReportPage open() {
		driver.get(baseUrl + "/report");
		assertThat(driver.getTitle()).isEqualTo("Report stalking or harassment");
		return this;
	}

	public ReportPage start() {
		driver.findElement(By.id("start-button")).click();
		return this;
	}

	public WebElement element(String id) {
		return driver.findElement(By.id(id));
	}

	public ReportPage choose(String radioId) {
		WebElement radio = element(radioId);
		radio.click();
		assertThat(radio.isSelected()).as("radio %s is chosen", radioId).isTrue();
		return this;
	}

	public ReportPage type(String id, String text) {
		WebElement field = element(id);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	public ReportPage typeDate(String id, LocalDate date) {
		WebElement field = element(id);
		field.clear();
		// focus arrives on the first part (the day) only when it comes from outside the field
		js("arguments[0].blur();", field);
		field.sendKeys(dateKeys(date));
		assertThat(value(id)).as("date typed into %s", id).isEqualTo(date.toString());
		return this;
	}

	public ReportPage select(String id, String visibleText) {
		new Select(element(id)).selectByVisibleText(visibleText);
		return this;
	}

	public ReportPage click(String id) {
		element(id).click();
		return this;
	}

	public ReportPage next() {
		return click("next-button");
	}

	public String value(String id) {
		return element(id).getDomProperty("value");
	}

	/** The "Step 2 of 8" caption of the step on show. */
	public String stepIndicator() {
		return driver.findElements(By.cssSelector(".step:not([hidden]) .step-count"))
			.stream()
			.map(WebElement::getText)
			.findFirst()
			.orElse("");
	}

	public String stepHeading() {
		return driver.findElement(By.cssSelector(".step:not([hidden]) .step-heading")).getText();
	}

	public WebElement errorSummary() {
		return element("error-summary");
	}

	public String focusedId() {
		return (String) js("return document.activeElement ? document.activeElement.id : null;");
	}

	public Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	/** Waits for the confirmation after sending and answers the reference it shows. */
	public String awaitConfirmation() {
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation-reference")));
		return element("confirmation-reference").getText();
	}

	public void awaitLeft() {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/report"));
	}

	// ------------------------------------------------------------------ keyboard only

	/**
	 * The digits that type this date into a date field: its parts come in the order of the browser's locale (month
	 * first in en-US, the only locale Debian's Chromium ships without chromium-l10n; day first in en-GB), and a full
	 * part moves on to the next.
	 */
	public String dateKeys(LocalDate date) {
		String order = (String) js("""
				return new Intl.DateTimeFormat(undefined, {day: '2-digit', month: '2-digit', year: 'numeric'})
				  .formatToParts(new Date(2000, 10, 22)).filter(p => p.type !== 'literal').map(p => p.type).join(',');""");
		StringBuilder keys = new StringBuilder();
		for (String part : order.split(",")) {
			keys.append(date.format(DateTimeFormatter.ofPattern(switch (part) {
				case "day" -> "dd";
				case "month" -> "MM";
				default -> "yyyy";
			})));
		}
		return keys.toString();
	}

	public ReportPage press(CharSequence... keys) {
		new Actions(driver).sendKeys(keys).perform();
		return this;
	}

	/** Presses Tab until the element with this id has the focus; fails if it is not reachable. */
	public ReportPage tabTo(String id) {
		return moveFocusTo(id, Keys.TAB);
	}

	public ReportPage shiftTabTo(String id) {
		return moveFocusTo(id, Keys.chord(Keys.SHIFT, Keys.TAB));
	}

	private ReportPage moveFocusTo(String id, CharSequence key) {
		for (int i = 0; i < 80; i++) {
			if (id.equals(focusedId())) {
				return this;
			}
			press(key);
		}
		return fail("Could not reach #%s with the keyboard; the focus stayed at #%s", id, focusedId());
	}

	// ------------------------------------------------------------------ evidence

	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
			Files.deleteIfExists(taken);
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
