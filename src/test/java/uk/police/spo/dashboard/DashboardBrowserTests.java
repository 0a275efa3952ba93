package uk.police.spo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.intake.browser.Accessibility;
import uk.police.spo.intake.browser.HeadlessChromium;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.SignInPage;

/**
 * The dashboard in a real headless Chromium on the MySQL-compatible server: a supervisor sees its charts and tables,
 * follows a figure to its cases and a case to its page, by keyboard; axe-core finds no serious or critical
 * violation on any of the three; a triage officer is refused. Screenshots go to target/dashboard-*.png.
 */
class DashboardBrowserTests extends MySqlCompatibleTest {

	private static HeadlessChromium browser;

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	private CaseFixtures fixtures;

	@AfterEach
	void removeFixtures() {
		if (fixtures != null) {
			fixtures.deleteAll();
		}
	}

	@Autowired
	JdbcTemplate jdbc;

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

	@Test
	void aSupervisorReadsTheChartsFollowsAFigureToItsCasesAndOpensOne() throws IOException {
		fixtures = new CaseFixtures(jdbc);
		String reference = CaseFixtures.newReference();
		String caseId = fixtures.newCase(reference, "NORTH", "TRIAGED", "HIGH", Instant.now().minus(Duration.ofHours(3)));
		fixtures.timeline(caseId, Instant.now().minus(Duration.ofHours(1)), "TRIAGE_COMPLETED", "Triage completed");

		driver.manage().deleteAllCookies();
		SignInPage.open(driver, port, "/dashboard", "supervisor");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Supervisors' dashboard");
		assertThat(driver.findElements(By.cssSelector("svg.chart"))).hasSizeGreaterThanOrEqualTo(8);
		assertThat(driver.findElements(By.cssSelector("table caption"))).hasSizeGreaterThanOrEqualTo(10);
		Accessibility.assertNoSeriousViolations(driver, "the dashboard");
		screenshot("dashboard");

		// keyboard only: the high-risk "without a safeguarding plan" figure, reached by Tab, opened with Enter
		WebElement figure = driver.findElement(By.cssSelector("a[href='/dashboard/cases?figure=no-safeguarding']"));
		tabTo(figure);
		driver.switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("High-risk open cases without a safeguarding plan");
		Accessibility.assertNoSeriousViolations(driver, "the case list");

		driver.findElement(By.linkText(reference)).click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Case " + reference);
		assertThat(driver.getPageSource()).contains("Triage completed", "Audit trail");
		Accessibility.assertNoSeriousViolations(driver, "the case page");
		screenshot("dashboard-case");
	}

	@Test
	void aTriageOfficerIsRefused() {
		// a browser of its own: the shared one keeps the supervisor's session for this server
		try (HeadlessChromium officers = HeadlessChromium.start()) {
			ChromeDriver officer = officers.driver();
			SignInPage.open(officer, port, "/dashboard", "triage");
			assertThat(officer.getPageSource()).doesNotContain("Supervisors' dashboard");
			assertThat(officer.findElements(By.cssSelector("svg.chart"))).isEmpty();
			officer.get("http://localhost:" + port + "/work");
			assertThat(officer.findElement(By.tagName("h1")).getText()).isEqualTo("My case work");
		}
	}

	private static void tabTo(WebElement target) {
		driver.findElement(By.tagName("body")).sendKeys(Keys.HOME);
		for (int i = 0; i < 400 && !target.equals(driver.switchTo().activeElement()); i++) {
			driver.switchTo().activeElement().sendKeys(Keys.TAB);
		}
		assertThat(driver.switchTo().activeElement()).as("reached by Tab").isEqualTo(target);
	}

	private static void screenshot(String name) throws IOException {
		Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
		Files.createDirectories(Path.of("target"));
		Files.copy(file, Path.of("target", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}


}
