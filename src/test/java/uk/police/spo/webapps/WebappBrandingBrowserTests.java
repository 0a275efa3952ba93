package uk.police.spo.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.police.spo.intake.browser.HeadlessChromium;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.SignInPage;

/**
 * Tasklist, Cockpit and Admin in real headless Chromium are the force's: its name in the header and the page title,
 * and no "migrate to Camunda 8" banner (Camunda's documented customisation: config.js and user-styles.css).
 */
class WebappBrandingBrowserTests extends MySqlCompatibleTest {

	private static HeadlessChromium browser;

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = HeadlessChromium.start();
		driver = browser.driver();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@ParameterizedTest
	@CsvSource({ "tasklist, triage, Stalking case tasks", "cockpit, supervisor, Stalking case processes",
			"admin, admin, Stalking case system administration" })
	void theWebappShowsTheForcesNameAndNoCamunda8Banner(String app, String user, String purpose) {
		driver.manage().deleteAllCookies();
		SignInPage.open(driver, port, "/camunda/app/" + app + "/default/", user);
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		wait.until(d -> !d.findElements(By.cssSelector(".navbar [ng-if='authentication.name'], .account"))
			.isEmpty());

		String brand = "Hertfordshire Constabulary · " + purpose;
		// Cockpit and Admin add the page's name after the brand
		wait.until(d -> d.getTitle().startsWith(brand));
		List<WebElement> banners = driver.findElements(By.cssSelector(".ce-eol-banner"));
		assertThat(banners).as("the banner is in Camunda's header template").isNotEmpty()
			.noneMatch(WebElement::isDisplayed);
		assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
		assertThat(driver.findElement(By.cssSelector(".navbar-brand")).getAttribute("title")).contains(brand);
	}

}
