package uk.police.spo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.intake.browser.Accessibility;
import uk.police.spo.intake.browser.HeadlessChromium;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.SignInPage;

/**
 * The case beside every task, in real headless Chromium: an officer signs in once (the force's sign-in page), lands on
 * their unit's queue in Tasklist, opens a case's task, follows the task form's link to the case page and sees the case
 * with no second login; an investigator logs evidence
 * through the case page's form (a refused upload first, its message at the field). axe-core runs on the case page
 * and on the Tasklist task, unclaimed and claimed (no serious or critical finding, {@link TasklistAccessibility}).
 * Tasklist and Cockpit offer a supervisor no action that fails, and Admin refuses with the force's page.
 * Screenshots go to target/casepage-*.png.
 */
class CasePageBrowserTests extends MySqlCompatibleTest {

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTriageOfficerOpensATaskInTasklistAndFollowsItsLinkToTheCasePage() throws IOException {
		String reference = report();
		try (HeadlessChromium browser = HeadlessChromium.start()) {
			ChromeDriver driver = browser.driver();
			// one sign-in, for Tasklist and, later, the case page
			signInToTasklist(driver, "triage");
			WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
			wait.until(d -> d.findElement(By.cssSelector(".task-filters .active")).getText().contains("Triage: my unit"));
			// the unit's queue lists its first page of tasks, and the suite's shared schema holds hundreds: the task is
			// opened by the address Tasklist gives it (as the case page and the work queue link to it)
			wait.until(d -> !d.findElements(By.cssSelector(".tasks-list .task")).isEmpty());
			String taskId = jdbc.queryForObject("select ID_ from ACT_RU_TASK where NAME_ like ? and TASK_DEF_KEY_ = ?",
					String.class, "%" + reference + "%", "Task_ConfirmDetails");
			driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
			WebElement link = wait.until(d -> d.findElements(By.linkText("Open the case page"))
				.stream()
				.findFirst()
				.orElse(null));
			assertThat(link.getAttribute("href")).endsWith("/cases/" + reference);
			// what an officer cannot use is not offered: creating tasks, starting processes, Cockpit's instance page
			for (String hidden : new String[] { ".create-task-action", ".start-process-action", ".instance-link",
					".reset-due-date" }) {
				assertThat(driver.findElements(By.cssSelector(hidden))).as(hidden).noneMatch(WebElement::isDisplayed);
			}
			assertThat(driver.findElement(By.cssSelector("button.region-toggle[data-region='list']"))
				.getAttribute("aria-label")).isEqualTo("Show or hide the task list");
			screenshot(driver, "casepage-tasklist-task");
			TasklistAccessibility.assertNoSeriousFindings(driver, "a task in Tasklist");
			driver.findElement(By.cssSelector("button.claim")).click();
			wait.until(d -> !d.findElements(By.xpath("//button[normalize-space()='Complete']")).isEmpty());
			TasklistAccessibility.assertNoSeriousFindings(driver, "a claimed task in Tasklist");
			screenshot(driver, "casepage-tasklist-claimed");
			link = driver.findElement(By.linkText("Open the case page"));

			String tasklist = driver.getWindowHandle();
			link.click();
			if (driver.getWindowHandles().size() > 1) {
				driver.switchTo()
					.window(driver.getWindowHandles().stream().filter(h -> !h.equals(tasklist)).findFirst().orElseThrow());
			}
			wait.until(d -> d.findElements(By.tagName("h1"))
				.stream()
				.anyMatch(h -> h.getText().equals("Case " + reference)));
			assertThat(driver.getPageSource()).contains("followed me home", "Casey Suspect", "07700900777",
					"Confirm details and safe contact");
			Accessibility.assertNoSeriousViolations(driver, "the case page");
			screenshot(driver, "casepage-triage");
		}
	}

	@Test
	void anInvestigatorLogsEvidenceOnTheCasePageAndSeesARefusalAtItsField() throws IOException {
		String reference = report();
		Path statement = Files.createTempFile("statement", ".txt");
		Files.writeString(statement, "A plain text statement.\n");
		try (HeadlessChromium browser = HeadlessChromium.start()) {
			ChromeDriver driver = browser.driver();
			// the sign-in page, and its refusal (a user that does not exist: no demo account is locked by it)
			driver.get("http://localhost:" + port + "/cases/" + reference);
			driver.findElement(By.id("username")).sendKeys("nobody-of-this-force");
			Accessibility.assertNoSeriousViolations(driver, "the sign-in page");
			driver.findElement(By.id("password")).sendKeys("not-the-password", Keys.ENTER);
			// the refusal is a new page: wait for it (the title read at once may still be the first page's)
			new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getTitle().startsWith("Error: "));
			assertThat(driver.getTitle()).startsWith("Error: Sign in");
			assertThat(driver.findElement(By.id("sign-in-error")).getText()).contains("user name or password is wrong");
			Accessibility.assertNoSeriousViolations(driver, "the sign-in page with a refusal");
			screenshot(driver, "signin-refused");
			SignInPage.open(driver, port, "/cases/" + reference, "investigator");
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Case " + reference);

			// the file but no kind and no description: the browser's own checks are lifted to reach the server's
			driver.executeScript("document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");
			driver.findElement(By.id("evidence-file")).sendKeys(statement.toString());
			driver.findElement(By.cssSelector("form.upload button")).click();
			// the click only starts the upload: the refusal is the next page
			new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getTitle().startsWith("Error: "));
			assertThat(driver.getTitle()).startsWith("Error: Case " + reference);
			assertThat(driver.findElement(By.id("evidence-kind-error")).getText()).contains("Choose the kind of evidence.");
			assertThat(driver.findElement(By.id("evidence-description-error")).getText())
				.contains("Say what the item is");
			Accessibility.assertNoSeriousViolations(driver, "the case page with a refused upload");
			screenshot(driver, "casepage-evidence-refused");

			new Select(driver.findElement(By.id("evidence-kind"))).selectByVisibleText("Statement");
			driver.findElement(By.id("evidence-description")).sendKeys("Statement of a neighbour who saw him");
			driver.findElement(By.id("evidence-file")).sendKeys(statement.toString());
			driver.findElement(By.cssSelector("form.upload button")).sendKeys(Keys.ENTER);

			WebElement notice = new WebDriverWait(driver, Duration.ofSeconds(90))
				.until(d -> d.findElements(By.cssSelector(".notice")).stream().findFirst().orElse(null));
			assertThat(notice.getText()).contains("The item is logged");
			assertThat(driver.findElement(By.xpath("//table[caption='Evidence log']")).getText())
				.contains("Statement of a neighbour who saw him", "text/plain", "investigator");
			assertThat(driver.getCurrentUrl()).endsWith("/cases/" + reference + "?logged=evidence#log-evidence");
			Accessibility.assertNoSeriousViolations(driver, "the case page after an upload");
			screenshot(driver, "casepage-evidence-logged");
		}
		finally {
			Files.deleteIfExists(statement);
		}
	}

	@Test
	void aSupervisorLandsOnOverdueWorkIsNotOfferedCockpitsHumanTasksAndGetsAPageWhereAdminRefuses()
			throws IOException {
		try (HeadlessChromium browser = HeadlessChromium.start()) {
			ChromeDriver driver = browser.driver();
			signIn(driver, "tasklist", "supervisor");
			WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
			wait.until(d -> d.findElement(By.cssSelector(".task-filters .active"))
				.getText()
				.startsWith("Supervision: overdue, all roles"));
			assertThat(driver.findElements(By.cssSelector(".task-filter")))
				.anyMatch(f -> f.getText().startsWith("Supervision: escalated, all roles"));

			driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
			wait.until(d -> !d.findElements(By.cssSelector(".stats-section")).isEmpty());
			assertThat(driver.findElements(By.cssSelector("a[href='#/tasks']"))).noneMatch(WebElement::isDisplayed);
			screenshot(driver, "casepage-cockpit-supervisor");

			driver.get("http://localhost:" + port + "/camunda/app/admin/default/");
			// Admin is for administrators: the refusal is the force's page, not a bare server error
			wait.until(d -> d.getTitle().startsWith("You cannot open this page"));
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot open this page");
			Accessibility.assertNoSeriousViolations(driver, "the refusal page");
			screenshot(driver, "casepage-admin-supervisor");
		}
	}

	private void signIn(ChromeDriver driver, String app, String user) {
		SignInPage.open(driver, port, "/camunda/app/" + app + "/default/", user);
	}

	private String report() {
		return (String) http.postForEntity("/api/reports", uk.police.spo.support.TestCases.json(CasePageTests.REPORT),
				Map.class)
			.getBody()
			.get("reference");
	}

	private void signInToTasklist(ChromeDriver driver, String user) {
		// the checker's own script is injected into Camunda's pages, whose policy forbids it otherwise
		driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
		signIn(driver, "tasklist", user);
	}

	static void screenshot(ChromeDriver driver, String name) throws IOException {
		Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
		Files.createDirectories(Path.of("target"));
		Files.copy(file, Path.of("target", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
