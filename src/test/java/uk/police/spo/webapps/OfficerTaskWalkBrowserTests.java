package uk.police.spo.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.intake.browser.HeadlessChromium;
import uk.police.spo.lifecycle.TaskWorker;
import uk.police.spo.orders.ProtectiveOrderRepository;
import uk.police.spo.support.DocumentJobs;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.OrderUnderMonitoring;
import uk.police.spo.support.PartnerServers;
import uk.police.spo.support.SignInPage;
import uk.police.spo.support.TestCases;

/**
 * Issue 19's walk, in real headless Chromium: an officer of each role signs in once, lands on their role's queue,
 * opens a task, follows its link to the case page (no second login), and completes the task through its Camunda Form
 * by typing and clicking; the investigator first submits a plan the server refuses and sees the refusal at the field
 * (scripts/field-refusals.js; target/walk-refusal.txt holds its text), the pop-up closed. The
 * steps between the walked tasks go through engine REST, with the jobs the job executor (off in tests) would run. Each
 * task is opened by its Tasklist address after the landing queue is checked: the suite's shared schema holds more
 * tasks than the queue's first page. Screenshots: target/walk-*.png.
 */
class OfficerTaskWalkBrowserTests extends MySqlCompatibleTest {

	static final Duration PATIENCE = Duration.ofSeconds(90);

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	CaseRecords cases;

	@Autowired
	ProtectiveOrderRepository orders;

	@Test
	void triageInvestigationAndLegalReviewOfOneCase() throws IOException {
		String reference = report("""
				{"reporterType":"VICTIM","victim":{"name":"Alex Example","address":"%s","phone":"07700 900456",
				  "safeContact":{"method":"PHONE","voicemailSafe":false}},
				 "suspect":{"name":"Sam Suspect %s"},"relationship":"EX_PARTNER",
				 "incidents":[{"occurredOn":"2026-01-03","behaviour":"FOLLOWING","description":"followed home"},
				              {"occurredOn":"2026-01-10","behaviour":"THREATS","description":"threatening messages"}],
				 "consentToPartnerReferral":true}""".formatted(TestCases.NORTH_ADDRESS, UUID.randomUUID()));
		TaskWorker worker = new TaskWorker(http, tasks);

		walk("triage", "Triage: my unit's tasks", reference, "Task_ConfirmDetails", form -> {
			form.tick("I have checked the report's details against the case record");
			form.select("Agreed safe contact method", "Phone");
			form.type("Triage note", "Checked with the victim by phone.");
		});

		step(worker, reference, "Task_ClassifyConduct", Map.of("stalkingQuestion", "YES", "fixated", "YES",
				"obsessive", "YES", "unwanted", "YES", "repeated", "YES", "incidentCount", 4L, "classification",
				"STALKING_8Q", "conductCrimeReference", "41/12345/26", "otherOffence", "NONE"));
		step(worker, reference, "Task_ScreenRisk", Map.of("yesAnswers", 15L, "dashStalkingQuestion", "YES",
				"victimVeryFrightened", true, "threatsOfViolence", true, "followedVictim", true));
		// as the risk the checklist gives: urgent safeguarding, and the consent to the referrals it offers
		completeIfOpen(worker, reference, "Task_PlanSafeguarding", Map.of("planPanicAlarm", true,
				"urgentWelfareVisit", true, "housingNeed", true, "wantsAdvocacy", true));
		completeIfOpen(worker, reference, "Task_RecordReferralConsent",
				Map.of("housingReferralAnswer", "ACCEPTED", "advocacyReferralAnswer", "ACCEPTED"));

		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).list())
			.extracting(Task::getTaskDefinitionKey).as("after triage").contains("Task_PlanInvestigation");
		walk("investigator", "Investigation: my unit's tasks", reference, "Task_PlanInvestigation", form -> {
			form.type("Reason for considering an order now, or not", "Repeated following; an order is worth asking for.");
			// no line of enquiry: the form cannot say "at least one", the server does
			form.complete();
			String refusal = form.refusalAt("Victim statement");
			Files.writeString(Path.of("target", "walk-refusal.txt"), refusal);
			form.screenshot("walk-investigator-refused");
			assertThat(refusal).isEqualTo("Choose at least one line of enquiry");
			// every problem is at its field, so the script has closed Tasklist's pop-up, which covered the Complete button
			form.noticesClosed();
			form.tick("Victim statement");
			assertThat(form.refused("Victim statement")).as("changed since the refusal").isFalse();
			form.tick("A Stalking Protection Order should be considered now");
		});

		step(worker, reference, "Task_DecideToApply", Map.of("actsAssociatedWithStalking", true,
				"riskAssociatedWithStalking", true, "orderNecessary", true, "apply", true,
				"defendantAgedTenOrOver", true, "defendantAreaCondition", "LIVES_IN_AREA", "defendantUnder18", false));
		step(worker, reference, "Task_DraftOrderTerms", Map.of("term1Kind", "PROHIBITION",
				"term1Wording", "Not to contact the person protected by this order",
				"term1Necessity", "Contact was the core of the stalking", "interimWanted", true,
				"orderDuration", "UNTIL_FURTHER_ORDER"));

		walk("legal", "Legal review: my unit's tasks", reference, "Task_ReviewApplication",
				form -> form.choose("Approve: lodge with the court"));
	}

	@Test
	void aSupervisorRespondsToImmediateDanger() throws IOException {
		ResponseEntity<Map> created = http.postForEntity("/api/reports", TestCases.json("""
				{"reporterType":"VICTIM","immediateDanger":true,"victim":{"address":"%s","phone":"07700 900456",
				 "safeContact":{"method":"PHONE"}},"incidents":[{"behaviour":"FOLLOWING"}]}"""
			.formatted(TestCases.NORTH_ADDRESS)), Map.class);
		String reference = (String) created.getBody().get("reference");

		walk("supervisor", "Supervision: overdue, all roles", reference, "Task_RespondToImmediateDanger", form -> {
			form.choose("Officers dispatched");
			form.type("Note", "Two officers sent to the address.");
		});
	}

	@Test
	void anOffenderManagerAcknowledgesANotification() throws IOException {
		// the order's documents name the defendant
		String reference = report("""
				{"reporterType":"VICTIM","victim":{"address":"%s","phone":"07700 900456",
				 "safeContact":{"method":"PHONE"}},"suspect":{"name":"Casey Suspect %s"},
				 "incidents":[{"behaviour":"FOLLOWING"}]}""".formatted(TestCases.NORTH_ADDRESS, UUID.randomUUID()));
		OrderUnderMonitoring.start(runtime, cases, orders, reference);
		message(reference, "OrderServed", Map.of("servedAt", hoursAgo(2)));
		DocumentJobs.run(runtime, management, reference);
		message(reference, "NotificationReceived", Map.of("notifiedAt", hoursAgo(1)));

		walk("offender", "Order management: my unit's tasks", reference, "Task_AcknowledgeNotification", form -> {
			form.type("Names the defendant uses", "Sam Suspect");
			form.type("Home address", "3 Mill Road, Letchworth SG6 2AA");
			form.tick("The notification was acknowledged in writing");
			form.choose("Fingerprints", "Taken");
			form.choose("Photograph", "Not taken");
		});
	}

	@Test
	void aTaskLinkOpenedSignedOutOpensItsTaskAfterTheSignIn() throws IOException {
		String reference = report("""
				{"reporterType":"VICTIM","victim":{"address":"%s","phone":"07700 900456",
				 "safeContact":{"method":"PHONE"}},"incidents":[{"behaviour":"FOLLOWING"}]}""".formatted(TestCases.NORTH_ADDRESS));
		Task task = new TaskWorker(http, tasks).open(reference, "Task_ConfirmDetails");
		try (HeadlessChromium browser = HeadlessChromium.start()) {
			ChromeDriver driver = browser.driver();
			// the link as Tasklist gives it; the sign-in page is the first the browser shows
			SignInPage.open(driver, port, "/camunda/app/tasklist/default/#/?task=" + task.getId(), "triage");
			WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
			wait.until(d -> !d.findElements(By.linkText("Open the case page")).isEmpty());
			screenshot(driver, "task-link-after-sign-in");
			assertThat(driver.getCurrentUrl()).contains("/camunda/app/tasklist/default/", "task=" + task.getId());
			assertThat(driver.findElement(By.linkText("Open the case page")).getAttribute("href"))
				.endsWith("/cases/" + reference);
		}
	}

	/**
	 * Signs in, checks the landing queue, opens the task, follows its link to the case page, then fills the form as
	 * {@code fill} says and completes it; the task is then done.
	 */
	private void walk(String user, String landing, String reference, String taskKey, FormSteps fill) throws IOException {
		Task task = new TaskWorker(http, tasks).open(reference, taskKey);
		try (HeadlessChromium browser = HeadlessChromium.start()) {
			ChromeDriver driver = browser.driver();
			SignInPage.open(driver, port, "/camunda/app/tasklist/default/", user);
			WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
			try {
				wait.until(d -> d.findElements(By.cssSelector(".task-filters .active"))
					.stream()
					.anyMatch(filter -> filter.getText().startsWith(landing)));
			}
			catch (org.openqa.selenium.TimeoutException notLanded) {
				screenshot(driver, "walk-" + user + "-landing");
				throw new AssertionError("not on " + landing + " at " + driver.getCurrentUrl() + "; the browser's log: "
						+ driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll(), notLanded);
			}
			// the queue pages hundreds of the suite's tasks: the task is opened by its Tasklist address
			String taskPage = "http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId();
			driver.get(taskPage);
			WebElement link = wait.until(d -> d.findElements(By.linkText("Open the case page")).stream().findFirst()
				.orElse(null));
			driver.findElements(By.cssSelector("button.claim")).stream().filter(WebElement::isDisplayed).findFirst()
				.ifPresent(WebElement::click);
			wait.until(d -> !d.findElements(By.xpath("//button[normalize-space()='Complete']")).isEmpty());
			screenshot(driver, "walk-" + user + "-task");

			String tasklist = driver.getWindowHandle();
			link = driver.findElement(By.linkText("Open the case page"));
			link.click();
			List<String> others = driver.getWindowHandles().stream().filter(h -> !h.equals(tasklist)).toList();
			if (!others.isEmpty()) {
				driver.switchTo().window(others.get(0));
			}
			wait.until(d -> d.findElements(By.tagName("h1")).stream()
				.anyMatch(h -> h.getText().equals("Case " + reference)));
			assertThat(driver.getCurrentUrl()).as("no second login").endsWith("/cases/" + reference);
			screenshot(driver, "walk-" + user + "-case");
			if (others.isEmpty()) {
				driver.get(taskPage);
			}
			else {
				driver.close();
				driver.switchTo().window(tasklist);
			}
			wait.until(d -> !d.findElements(By.xpath("//button[normalize-space()='Complete']")).isEmpty());

			TaskForm form = new TaskForm(driver, wait);
			fill.on(form);
			form.screenshot("walk-" + user + "-filled");
			form.complete();
			try {
				wait.until(d -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
			}
			catch (org.openqa.selenium.TimeoutException stuck) {
				screenshot(driver, "walk-" + user + "-stuck");
				throw new AssertionError("the task stayed open; the page says: "
						+ driver.findElement(By.tagName("body")).getText(), stuck);
			}
			screenshot(driver, "walk-" + user + "-done");
		}
		runJobs(reference);
	}

	private String report(String json) {
		ResponseEntity<Map> created = http.postForEntity("/api/reports", TestCases.json(json), Map.class);
		assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
		return (String) created.getBody().get("reference");
	}

	private void completeIfOpen(TaskWorker worker, String reference, String taskKey, Map<String, Object> values) {
		if (tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).count() > 0) {
			step(worker, reference, taskKey, values);
		}
	}

	/** A task between the walked ones, through engine REST; then the steps the job executor (off in tests) runs. */
	private void step(TaskWorker worker, String reference, String taskKey, Map<String, Object> values) {
		worker.complete(reference, taskKey, values);
		runJobs(reference);
	}

	private void runJobs(String reference) {
		DocumentJobs.run(runtime, management, reference);
		PartnerServers.deliverReferrals(runtime, management, reference);
	}

	private void message(String reference, String name, Map<String, Object> variables) {
		assertThat(http.withBasicAuth("offender", "demo")
			.postForEntity("/api/cases/" + reference + "/messages/" + name, TestCases.json(variables), Map.class)
			.getStatusCode()
			.value()).as(name).isEqualTo(202);
	}

	private static String hoursAgo(int hours) {
		return Instant.now().minus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
	}

	static void screenshot(ChromeDriver driver, String name) throws IOException {
		Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
		Files.createDirectories(Path.of("target"));
		Files.copy(file, Path.of("target", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@FunctionalInterface
	interface FormSteps {

		void on(TaskForm form) throws IOException;

	}

	/** A task's Camunda Form in Tasklist, its fields found by their labels, as a person finds them. */
	static final class TaskForm {

		private final ChromeDriver driver;

		private final WebDriverWait wait;

		TaskForm(ChromeDriver driver, WebDriverWait wait) {
			this.driver = driver;
			this.wait = wait;
		}

		void tick(String label) {
			WebElement box = field(label);
			if (!box.isSelected()) {
				click(box);
			}
			assertThat(box.isSelected()).as(label).isTrue();
		}

		void type(String label, String text) {
			WebElement field = field(label);
			click(field);
			// and on to the next field, as a person does: the form checks a field when it is left
			field.sendKeys(text, Keys.TAB);
		}

		void choose(String optionLabel) {
			WebElement option = wait.until(d -> d.findElements(By.xpath("//div[contains(@class,'fjs-form')]"
					+ "//label[normalize-space(.)=" + literal(optionLabel) + "]")).stream().findFirst().orElse(null));
			click(driver.findElement(By.id(option.getAttribute("for"))));
		}

		/** One of a radio group's options, the group named by its label (several groups may offer "Taken"). */
		void choose(String groupLabel, String optionLabel) {
			WebElement group = box(groupLabel);
			WebElement option = group.findElements(By.xpath(".//label[normalize-space(.)=" + literal(optionLabel) + "]"))
				.stream().findFirst().orElseThrow();
			click(driver.findElement(By.id(option.getAttribute("for"))));
		}

		void select(String label, String optionLabel) {
			WebElement fieldBox = box(label);
			click(fieldBox.findElement(By.cssSelector(".fjs-input-group")));
			WebElement option = wait.until(d -> fieldBox.findElements(By.cssSelector(".fjs-dropdownlist-item"))
				.stream()
				.filter(item -> item.getText().trim().equals(optionLabel))
				.findFirst()
				.orElse(null));
			click(option);
			wait.until(d -> fieldBox.getText().contains(optionLabel));
		}

		void complete() {
			click(driver.findElement(By.xpath("//button[normalize-space()='Complete']")));
		}

		/** As a person would: scrolled to the middle of the view first, clear of Tasklist's footer. */
		private void click(WebElement element) {
			driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
			element.click();
		}

		/**
		 * The server's refusal shown at the field (scripts/field-refusals.js): its message in the field's box, every
		 * control of the field marked invalid and described by it.
		 */
		String refusalAt(String label) {
			WebElement box = box(label);
			WebElement message = wait.until(d -> box.findElements(By.cssSelector(".spo-field-refusal")).stream()
				.filter(WebElement::isDisplayed).findFirst().orElse(null));
			List<WebElement> controls = box.findElements(By.cssSelector("input, textarea, select"));
			assertThat(controls).as(label + "'s controls").isNotEmpty().allSatisfy(control -> {
				assertThat(control.getAttribute("aria-invalid")).as(label + " aria-invalid").isEqualTo("true");
				assertThat(control.getAttribute("aria-describedby")).as(label + " aria-describedby")
					.contains(message.getAttribute("id"));
			});
			assertThat(driver.switchTo().activeElement()).as("focus on the refused field").isEqualTo(controls.get(0));
			return message.getText();
		}

		boolean refused(String label) {
			WebElement box = box(label);
			return !box.findElements(By.cssSelector(".spo-field-refusal")).isEmpty()
					|| box.findElements(By.cssSelector("[aria-invalid='true']")).stream().findAny().isPresent();
		}

		/** Nobody clicks: the pop-up is closed by the script. */
		void noticesClosed() {
			new WebDriverWait(driver, Duration.ofSeconds(10))
				.withMessage("Tasklist's pop-up closed once the refusal is at its field")
				.until(d -> d.findElements(By.cssSelector(".page-notifications .alert")).stream()
					.noneMatch(WebElement::isDisplayed));
		}

		private WebElement box(String label) {
			return label(label).findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
		}

		void screenshot(String name) throws IOException {
			OfficerTaskWalkBrowserTests.screenshot(driver, name);
		}

		private WebElement field(String label) {
			return driver.findElement(By.id(label(label).getAttribute("for")));
		}

		private WebElement label(String label) {
			return wait.until(d -> d.findElements(By.xpath("//div[contains(@class,'fjs-form')]//label[starts-with("
					+ "normalize-space(.), " + literal(label) + ")]")).stream().findFirst().orElse(null));
		}

		private static String literal(String text) {
			return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
		}

	}

}
