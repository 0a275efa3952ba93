package uk.police.spo.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.intake.browser.Accessibility;
import uk.police.spo.intake.browser.HeadlessChromium;
import uk.police.spo.intake.browser.ReportPage;
import uk.police.spo.security.crypto.FieldCipher;
import uk.police.spo.support.MySqlCompatibleTest;

/**
 * The public report page at /report in a real headless Chromium against the whole application on the
 * MySQL-compatible database: sending a report, leaving quickly, accessibility, validation, privacy and keyboard use.
 * One browser serves the whole class; every test starts from a fresh load of the page.
 */
class ReportPageBrowserTests extends MySqlCompatibleTest {

	private static final String REFERENCE = "SH-\\d{4}-\\d{6}";

	private static HeadlessChromium browser;

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private ReportPage page;

	private final LocalDate today = LocalDate.now();

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

	@BeforeEach
	void freshPage() {
		page = new ReportPage(driver, "http://localhost:" + port);
	}

	@Test
	void aVictimFillsInAndSendsTheWholeReport() {
		page.open().start();
		assertThat(page.stepIndicator()).isEqualTo("Step 1 of 8");
		page.choose("immediateDanger-no").next();
		page.choose("reporterType").next();

		assertThat(page.stepIndicator()).isEqualTo("Step 3 of 8");
		page.type("victim-name", "Alex Browser")
			.typeDate("victim-dateOfBirth", LocalDate.of(1990, 4, 12))
			.type("victim-address", "1 Test Street\nTestville")
			.type("victim-phone", "07700 900123")
			.type("victim-email", "alex@example.org")
			.choose("victim-safeContact-method")
			.type("victim-safeContact-safeTimes", "Weekdays 9am to 3pm")
			.choose("victim-safeContact-voicemailSafe-no")
			.next();

		assertThat(page.stepHeading()).contains("What happened");
		page.typeDate("incidents-0-occurredOn", today.minusDays(10))
			.select("incidents-0-behaviour", "Following")
			.type("incidents-0-location", "Station Road")
			.type("incidents-0-description", "Followed me home from the station.")
			.click("add-incident");
		assertThat(page.focusedId()).isEqualTo("incidents-1-occurredOn");
		page.typeDate("incidents-1-occurredOn", today.minusDays(3))
			.select("incidents-1-behaviour", "Contacting or trying to contact")
			.type("incidents-1-description", "30 messages in one evening.")
			.next();

		page.type("suspect-name", "Sam Suspect")
			.type("suspect-description", "Tall, grey coat, drives a blue van")
			.type("suspect-address", "2 Other Road")
			.type("suspect-onlineAccounts", "instagram: @sam\n\nfacebook: Sam S\n")
			.choose("relationship")
			.next();

		page.type("impact", "I no longer walk home alone.")
			.choose("screening-veryFrightened")
			.choose("screening-followed-unknown")
			.choose("screening-threatenedViolence-no")
			.choose("screening-turnedUpUnannounced")
			.next();

		page.choose("consentToPartnerReferral").next();

		assertThat(page.stepIndicator()).isEqualTo("Step 8 of 8");
		String review = page.element("review-list").getText();
		assertThat(review).contains("Alex Browser", "12 April 1990", "By phone", "Following",
				"Contacting or trying to contact", "30 messages in one evening.", "Sam Suspect", "instagram: @sam",
				"Ex-partner", "I no longer walk home alone.", "I do not know");
		assertThat(page.element("next-button").getText()).isEqualTo("Send report");

		page.next();
		String reference = page.awaitConfirmation();

		assertThat(reference).matches(REFERENCE);
		assertThat(page.focusedId()).isEqualTo("confirmation-heading");
		assertThat(page.element("confirmation-next-steps").getText()).contains("officer");
		assertThat(page.value("victim-name")).as("answers cleared after sending").isEmpty();
		Map<String, Object> caseFile = jdbc.queryForMap("select * from case_file where reference = ?", reference);
		assertThat(caseFile).containsEntry("reporter_type", "VICTIM")
			.containsEntry("relationship", "EX_PARTNER")
			.containsEntry("consent_partner_referral", true)
			.containsEntry("immediate_danger", false)
			.containsEntry("impact", "I no longer walk home alone.")
			.containsEntry("scr_very_frightened", true)
			.containsEntry("scr_turned_up_unannounced", true)
			.containsEntry("scr_threatened_violence", false)
			.containsEntry("scr_followed", null)
			.containsEntry("scr_damaged_property", null);
		assertThat(jdbc.queryForList("select i.behaviour from case_incident i join case_file f on f.id = i.case_id "
				+ "where f.reference = ? order by i.position", String.class, reference))
			.containsExactly("FOLLOWING", "CONTACT");
		Map<String, Object> victim = person(reference, "VICTIM");
		assertThat(victim).containsEntry("name", "Alex Browser")
			.containsEntry("safe_contact_method", "PHONE")
			.containsEntry("voicemail_safe", false);
		// contact details are stored encrypted
		assertThat((String) victim.get("email")).startsWith("v1:");
		assertThat(cipher.decrypt((String) victim.get("email"))).isEqualTo("alex@example.org");
		assertThat(cipher.decrypt((String) victim.get("safe_times"))).isEqualTo("Weekdays 9am to 3pm");
		assertThat(person(reference, "SUSPECT")).containsEntry("online_accounts", "instagram: @sam\nfacebook: Sam S");
	}

	@Test
	void escapeLeavesAndBackDoesNotShowTheAnswers() {
		driver.get(page.baseUrl() + "/actuator/health");
		typeIntoVictimName("Escape Secret Name");

		page.press(Keys.ESCAPE);

		page.awaitLeft();
		assertThat(driver.getCurrentUrl()).doesNotContain("/report");
		assertBackDoesNotShow("Escape Secret Name");
	}

	@Test
	void theExitButtonIsReachedFirstAndLeaves() {
		page.open();
		page.press(Keys.TAB);
		assertThat(page.focusedId()).as("first Tab from a fresh load").isEqualTo("exit-this-page");
		assertThat(page.element("exit-this-page").getText()).isEqualTo("Exit this page");

		driver.get(page.baseUrl() + "/actuator/health");
		typeIntoVictimName("Button Secret Name");
		page.click("exit-this-page");

		page.awaitLeft();
		assertBackDoesNotShow("Button Secret Name");
	}

	@Test
	void pressingShiftThreeTimesLeaves() {
		driver.get(page.baseUrl() + "/actuator/health");
		typeIntoVictimName("Shift Secret Name");

		pressShift();
		pressShift();
		assertThat(driver.getCurrentUrl()).as("two presses are not enough").contains("/report");
		pressShift();

		page.awaitLeft();
		assertBackDoesNotShow("Shift Secret Name");
	}

	@Test
	void everyStepMeetsWcagAa() {
		page.open();
		axe("the start page");
		page.start().choose("immediateDanger");
		assertThat(page.element("danger-help").isDisplayed()).as("999 guidance shows for immediate danger").isTrue();
		axe("step 1, in danger, with the 999 guidance");
		page.next();
		page.next();
		assertThat(page.errorSummary().isDisplayed()).isTrue();
		axe("step 2 with the error summary");
		page.choose("reporterType-THIRD_PARTY").next();
		assertThat(page.stepIndicator()).isEqualTo("Step 3 of 9");
		axe("the victim's details");
		page.choose("victim-safeContact-method").type("victim-name", "Jo Friend").next();
		axe("the reporter's details");
		page.type("reporter-phone", "01632 960001").next();
		page.select("incidents-0-behaviour", "Watching or spying").click("add-incident");
		axe("two incidents");
		assertFitsWidth(320, "two incidents");
		page.select("incidents-1-behaviour", "Threats").next();
		axe("the person doing this");
		page.next();
		axe("impact and screening questions");
		page.next();
		axe("support and earlier reports");
		page.next();
		axe("check your answers");
		assertFitsWidth(320, "check your answers");
		page.next();
		assertThat(page.awaitConfirmation()).matches(REFERENCE);
		axe("the confirmation");
	}

	@Test
	void aFailedSendKeepsTheAnswersAndRetriesWithTheSameKey() {
		int casesBefore = caseCount();
		page.open().start().next();
		page.choose("reporterType-ANONYMOUS").next();
		page.select("incidents-0-behaviour", "Threats").type("incidents-0-description", "Retry story").next();
		page.next().next().next();
		assertThat(page.stepHeading()).contains("Check your answers");
		// No DevTools here to cut the network: the page's fetch loses its first request, then holds the second.
		page.js("""
				window.sentKeys = [];
				const realFetch = window.fetch.bind(window);
				window.fetch = (url, init) => {
				  window.sentKeys.push(init.headers['Idempotency-Key']);
				  if (window.sentKeys.length === 1) return Promise.reject(new TypeError('Failed to fetch'));
				  return new Promise(resolve => { window.releaseSend = () => resolve(realFetch(url, init)); });
				};""");

		page.next();
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> page.element("send-problem").isDisplayed());
		assertThat(page.element("send-problem").getText()).contains("Your report has not been sent",
				"Your answers are still here");
		assertThat(page.focusedId()).isEqualTo("send-problem");
		assertThat(page.element("next-button").isEnabled()).isTrue();
		assertThat(page.element("review-list").getText()).contains("Retry story");
		assertThat(caseCount()).isEqualTo(casesBefore);

		page.next();
		assertThat(page.element("next-button").isEnabled()).as("Send is disabled while sending").isFalse();
		page.next();
		page.js("window.releaseSend();");
		String reference = page.awaitConfirmation();

		assertThat(reference).matches(REFERENCE);
		@SuppressWarnings("unchecked")
		List<String> keys = (List<String>) page.js("return window.sentKeys;");
		assertThat(keys).hasSize(2).allMatch(key -> key.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
		assertThat(keys.get(1)).as("the retry reuses the key").isEqualTo(keys.get(0));
		assertThat(caseCount()).isEqualTo(casesBefore + 1);
	}

	@Test
	void aMissingAnswerIsShownInTheErrorSummaryAndNothingIsStored() {
		int casesBefore = caseCount();
		page.open().start().next();

		page.next();
		WebElement summary = page.errorSummary();
		assertThat(summary.isDisplayed()).isTrue();
		assertThat(summary.getDomAttribute("role")).isEqualTo("alert");
		assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("There is a problem");
		assertThat(page.focusedId()).isEqualTo("error-summary");
		assertThat(driver.getTitle()).startsWith("Error: ");
		WebElement link = summary.findElement(By.cssSelector("a[href='#reporterType']"));
		assertThat(link.getText()).isEqualTo("Select who is making this report");
		assertThat(page.element("reporterType-error").getText()).contains("Select who is making this report");
		assertThat(page.element("step-who").getDomAttribute("aria-describedby")).contains("reporterType-error");
		link.click();
		assertThat(page.focusedId()).isEqualTo("reporterType");
		assertThat(driver.getCurrentUrl()).doesNotContain("#");

		page.choose("reporterType-ANONYMOUS").next();
		page.typeDate("incidents-0-occurredOn", today.plusDays(2)).next();
		assertThat(summary.getText()).contains("Select what they did in incident 1",
				"The date of incident 1 must be today or in the past");
		assertThat(page.element("incidents-0-behaviour").getDomAttribute("aria-describedby"))
			.contains("incidents-0-behaviour-error");
		assertThat(page.element("incidents-0-behaviour").getDomAttribute("aria-invalid")).isEqualTo("true");
		summary.findElement(By.cssSelector("a[href='#incidents-0-behaviour']")).click();
		assertThat(page.focusedId()).isEqualTo("incidents-0-behaviour");
		assertThat(caseCount()).isEqualTo(casesBefore);

		// An answer the server refuses (here a behaviour this page does not offer) comes back the same way.
		page.typeDate("incidents-0-occurredOn", today);
		page.js("const s = arguments[0]; s.add(new Option('Unknown', 'NOT_A_BEHAVIOUR')); s.value = 'NOT_A_BEHAVIOUR';",
				page.element("incidents-0-behaviour"));
		page.next().next().next().next();
		assertThat(page.stepHeading()).contains("Check your answers");
		page.next();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> page.errorSummary().isDisplayed());
		assertThat(page.stepHeading()).as("back at the step of the refused answer").contains("What happened");
		page.errorSummary().findElement(By.cssSelector("a[href='#incidents-0-behaviour']")).click();
		assertThat(page.focusedId()).isEqualTo("incidents-0-behaviour");
		assertThat(caseCount()).isEqualTo(casesBefore);
	}

	@Test
	void thePageTalksOnlyToItsOwnOriginAndKeepsNothingPersonal() {
		page.open().start().choose("immediateDanger-no").next();
		page.choose("reporterType-THIRD_PARTY").next();
		page.type("victim-name", "Privacy Victim Zq").type("victim-email", "zq-victim@example.org").next();
		page.type("reporter-name", "Privacy Reporter Zq").type("reporter-phone", "01632 960002").next();
		page.select("incidents-0-behaviour", "Following").type("incidents-0-description", "Privacy Story Zq").next();
		page.type("suspect-name", "Privacy Suspect Zq").next();
		page.type("impact", "Privacy Impact Zq").next();
		page.type("earlierReference", "SH-2025-000001").next();
		assertThat(page.stepHeading()).contains("Check your answers");

		String origin = (String) page.js("return location.origin;");
		@SuppressWarnings("unchecked")
		List<String> requested = (List<String>) page.js(
				"return performance.getEntriesByType('resource').map(e => e.name);");
		assertThat(requested).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
		@SuppressWarnings("unchecked")
		List<String> referenced = (List<String>) page.js("""
				return Array.from(document.querySelectorAll('[src],[href]'))
				  .filter(e => e.id !== 'exit-this-page')
				  .map(e => e.src || e.href);""");
		assertThat(referenced).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin + "/"));

		String kept = (String) page.js("""
				return [document.cookie, location.href,
				  JSON.stringify(Object.entries(localStorage)), JSON.stringify(Object.entries(sessionStorage))].join('|');""");
		assertThat(kept).doesNotContainIgnoringCase("zq").doesNotContain("01632");
		assertThat(page.js("return localStorage.length + sessionStorage.length;")).isEqualTo(0L);
		assertThat(driver.getCurrentUrl()).isEqualTo(page.baseUrl() + "/report");
		List<String> policyViolations = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy"))
			.toList();
		assertThat(policyViolations).as("nothing on the page breaks its Content-Security-Policy").isEmpty();
	}

	@Test
	void anAnonymousReportCanBeSentWithTheKeyboardAlone() {
		int casesBefore = caseCount();
		driver.get(page.baseUrl() + "/report/");
		assertThat(driver.getTitle()).isEqualTo("Report stalking or harassment");

		page.tabTo("start-button").press(Keys.ENTER);
		page.tabTo("immediateDanger").press(Keys.ARROW_DOWN);
		assertThat(page.element("immediateDanger-no").isSelected()).isTrue();
		page.tabTo("next-button").press(Keys.ENTER);

		page.tabTo("reporterType").press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
		assertThat(page.element("reporterType-ANONYMOUS").isSelected()).isTrue();
		page.tabTo("next-button").press(Keys.ENTER);

		assertThat(page.stepHeading()).contains("What happened");
		page.tabTo("incidents-0-occurredOn").press(page.dateKeys(today.minusDays(1)));
		page.tabTo("incidents-0-description").press("Waited outside my work every day.");
		page.shiftTabTo("incidents-0-behaviour").press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
		assertThat(page.value("incidents-0-behaviour")).isEqualTo("LOITERING");
		page.tabTo("next-button").press(Keys.ENTER);

		page.tabTo("suspect-name").press("Keyboard Suspect", Keys.ENTER);
		page.tabTo("screening-veryFrightened").press(Keys.SPACE);
		page.tabTo("next-button").press(Keys.ENTER);
		page.tabTo("next-button").press(Keys.ENTER);

		assertThat(page.stepHeading()).contains("Check your answers");
		assertThat(page.stepIndicator()).isEqualTo("Step 7 of 7");
		page.tabTo("next-button").press(Keys.ENTER);
		String reference = page.awaitConfirmation();

		assertThat(reference).matches(REFERENCE);
		assertThat(caseCount()).isEqualTo(casesBefore + 1);
		assertThat(jdbc.queryForMap("select reporter_type, scr_very_frightened from case_file where reference = ?",
				reference))
			.containsEntry("reporter_type", "ANONYMOUS")
			.containsEntry("scr_very_frightened", true);
		assertThat(jdbc.queryForList("select i.behaviour from case_incident i join case_file f on f.id = i.case_id "
				+ "where f.reference = ?", String.class, reference))
			.containsExactly("LOITERING");
		assertThat(person(reference, "VICTIM")).isEmpty();
		assertThat(person(reference, "SUSPECT")).containsEntry("name", "Keyboard Suspect");
	}

	private void typeIntoVictimName(String secret) {
		page.open().start().next();
		page.choose("reporterType").next();
		page.type("victim-name", secret);
	}

	/** After leaving, Back either does not return to the report page or shows it empty. */
	private void assertBackDoesNotShow(String secret) {
		driver.navigate().back();
		String url = driver.getCurrentUrl();
		if (url.contains("/report")) {
			assertThat(driver.getPageSource()).doesNotContain(secret);
			assertThat(page.value("victim-name")).isEmpty();
		}
		else {
			assertThat(url).isEqualTo(page.baseUrl() + "/actuator/health");
		}
	}

	private static void pressShift() {
		new Actions(driver).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
	}

	private void axe(String state) {
		Accessibility.assertNoSeriousViolations(driver, state);
		page.screenshot(state.replaceAll("[^A-Za-z0-9]+", "-"));
	}

	/** Nothing scrolls sideways at this width (WCAG 1.4.10 reflow: 320 CSS pixels). */
	private void assertFitsWidth(int width, String state) {
		Dimension normal = driver.manage().window().getSize();
		try {
			driver.manage().window().setSize(new Dimension(width, normal.getHeight()));
			assertThat(page.js("return window.innerWidth;")).isEqualTo((long) width);
			assertThat((Long) page.js("return document.documentElement.scrollWidth;")).as("page width of %s at %d px", state, width)
				.isLessThanOrEqualTo(width);
			page.screenshot(state.replaceAll("[^A-Za-z0-9]+", "-") + "-" + width);
		}
		finally {
			driver.manage().window().setSize(normal);
		}
	}

	@Autowired
	FieldCipher cipher;

	private int caseCount() {
		return jdbc.queryForObject("select count(*) from case_file", Integer.class);
	}

	private Map<String, Object> person(String reference, String role) {
		List<Map<String, Object>> people = jdbc.queryForList("select p.* from case_person p join case_file f "
				+ "on f.id = p.case_id where f.reference = ? and p.role = ?", reference, role);
		return people.isEmpty() ? Map.of() : people.get(0);
	}

}
