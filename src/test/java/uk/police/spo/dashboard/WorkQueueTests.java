package uk.police.spo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/**
 * The officer's work queue with real reports and their first tasks, the engine figures of the dashboard (overdue and
 * escalated tasks, scoped by the engine's unit grants), on the MySQL-compatible server.
 */
class WorkQueueTests extends MySqlCompatibleTest {

	static final String SOUTH_ADDRESS = "2 High Street, St Albans AL1 1AA";

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	IdentityService identity;

	@Autowired
	CaseRecords cases;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	RuntimeService runtime;

	JsonNode get(String user, String path) throws Exception {
		ResponseEntity<String> answer = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
		assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return json.readTree(answer.getBody());
	}

	/** The references of the queue's items, in order, keeping only the given ones. */
	static List<String> references(JsonNode queue, List<String> ours) {
		List<String> found = new ArrayList<>();
		queue.get("items").forEach(item -> {
			if (ours.contains(item.get("reference").asText())) {
				found.add(item.get("reference").asText());
			}
		});
		return found;
	}

	void assessRisk(String reference, String level) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			CaseFile caseFile = cases.byReference(reference).orElseThrow();
			caseFile.triaged("STALKING_8Q", level);
			cases.riskChanged(caseFile);
		});
	}

	Task taskOf(String reference) {
		return tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
	}

	/**
	 * Our cases' references in the order the whole queue gives them, page after page: the schema is shared, so other
	 * classes' tasks are in the queue too.
	 */
	List<String> queued(String user, String query, List<String> ours) throws Exception {
		List<String> found = new ArrayList<>();
		// the whole queue is sorted now, not its first 500 by due date: a risk order passes every other class's task
		for (int page = 0; page < 400; page++) {
			JsonNode answer = get(user, "/api/work?" + query + (query.isEmpty() ? "" : "&") + "page=" + page);
			if (answer.get("items").isEmpty()) {
				break;
			}
			found.addAll(references(answer, ours));
		}
		return found;
	}

	JsonNode itemOf(String user, String reference) throws Exception {
		for (int page = 0; page < 20; page++) {
			for (JsonNode item : get(user, "/api/work?sort=due&page=" + page).get("items")) {
				if (item.get("reference").asText().equals(reference)) {
					return item;
				}
			}
		}
		throw new AssertionError(reference + " is not in " + user + "'s queue");
	}

	@Test
	void theQueueListsTheOfficersTasksWithTheirCasesDataSortedAndFiltered() throws Exception {
		String high = TestCases.report(http, TestCases.NORTH_ADDRESS);
		String standard = TestCases.report(http, TestCases.NORTH_ADDRESS);
		String south = TestCases.report(http, SOUTH_ADDRESS);
		// set as triage sets it: the queue reads its own copy of the case's risk, moved by the case's risk changes
		assessRisk(high, "HIGH");
		assessRisk(standard, "STANDARD");
		// long overdue: first by due date, so within the queue's first tasks however many other classes left open
		tasks.setDueDate(taskOf(high).getId(), Date.from(Instant.now().minus(Duration.ofDays(300))));
		tasks.setDueDate(taskOf(standard).getId(), Date.from(Instant.now().minus(Duration.ofDays(301))));
		List<String> ours = List.of(high, standard, south);

		JsonNode item = itemOf("triage", high);
		assertThat(item.get("risk").asText()).isEqualTo("HIGH");
		assertThat(item.get("safeContact").asText()).isEqualTo("PHONE");
		assertThat(item.get("activity").asText()).isEqualTo("Task_ConfirmDetails");
		assertThat(item.get("tasklistLink").asText()).isEqualTo("/camunda/app/tasklist/default/#/?task="
				+ taskOf(high).getId());

		assertThat(queued("triage", "sort=risk", ours)).containsExactly(high, standard);
		assertThat(queued("triage", "sort=risk&dir=desc", ours)).containsExactly(standard, high);
		assertThat(queued("triage", "sort=due", ours)).containsExactly(standard, high);
		assertThat(queued("triage", "sort=due&dir=desc", ours)).containsExactly(high, standard);
		assertThat(queued("triage", "risk=HIGH", ours)).containsExactly(high);
		assertThat(queued("triage", "risk=STANDARD&due=overdue", ours)).containsExactly(standard);
		assertThat(queued("triage", "due=none", ours)).isEmpty();
		// the other unit's officer sees the south case only
		assertThat(queued("triage-south", "", ours)).containsExactly(south);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'triage' and purpose = 'work queue'",
				Integer.class)).isPositive();

		String page = http.withBasicAuth("triage", "demo").getForObject("/work?sort=due&risk=HIGH", String.class);
		assertThat(page).contains("My case work", high, "aria-sort=\"ascending\"",
				"/camunda/app/tasklist/default/#/?task=" + taskOf(high).getId());
		assertThat(http.withBasicAuth("triage", "demo").getForEntity("/api/work?sort=victim", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void overdueAndEscalatedTasksCountForTheirUnitsSupervisorOnly() throws Exception {
		JsonNode northBefore = get("supervisor", "/dashboard/figures").get("engine");
		JsonNode adminBefore = get("admin", "/dashboard/figures").get("engine");
		String north = TestCases.report(http, TestCases.NORTH_ADDRESS);
		String south = TestCases.report(http, SOUTH_ADDRESS);
		for (String reference : List.of(north, south)) {
			tasks.setDueDate(taskOf(reference).getId(), Date.from(Instant.now().minus(Duration.ofHours(1))));
			tasks.setPriority(taskOf(reference).getId(), EngineFigures.ESCALATED_PRIORITY);
		}
		JsonNode northAfter = get("supervisor", "/dashboard/figures").get("engine");
		JsonNode adminAfter = get("admin", "/dashboard/figures").get("engine");
		assertThat(northAfter.get("overdueTasks").asLong() - northBefore.get("overdueTasks").asLong()).isEqualTo(1);
		assertThat(northAfter.get("escalatedTasks").asLong() - northBefore.get("escalatedTasks").asLong()).isEqualTo(1);
		assertThat(adminAfter.get("overdueTasks").asLong() - adminBefore.get("overdueTasks").asLong()).isEqualTo(2);
		// an activity's figure is named as its model names it, not after one of its tasks (which names its case)
		JsonNode confirm = null;
		for (JsonNode figure : adminAfter.get("overdueByActivity")) {
			assertThat(figure.get("label").asText()).doesNotContain(north).doesNotContain(south).doesNotContain(" · ");
			if (figure.get("value").asText().equals("Task_ConfirmDetails")) {
				confirm = figure;
			}
		}
		assertThat(confirm).as("overdue Task_ConfirmDetails").isNotNull();
		assertThat(confirm.get("label").asText()).isEqualTo("Confirm details and safe contact");

		String overdueConfirm = http.withBasicAuth("supervisor", "demo")
			.getForObject("/dashboard/cases?figure=overdue-activity&value=Task_ConfirmDetails", String.class);
		assertThat(overdueConfirm).contains(">" + north + "</a>").doesNotContain(south);
		String escalated = http.withBasicAuth("supervisor", "demo")
			.getForObject("/dashboard/cases?figure=escalated", String.class);
		assertThat(escalated).contains(">" + north + "</a>").doesNotContain(south);
	}

	/**
	 * A suspended process instance's task is offered to nobody: past its deadline or escalated, it is neither overdue
	 * nor escalated on the dashboard (nor in those figures' case lists) but counted apart, until the instance is
	 * activated.
	 */
	@Test
	void aSuspendedInstancesTaskIsCountedApartNotAsOverdueOrEscalated() throws Exception {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		Task task = taskOf(reference);
		tasks.setDueDate(task.getId(), Date.from(Instant.now().minus(Duration.ofHours(2))));
		tasks.setPriority(task.getId(), EngineFigures.ESCALATED_PRIORITY);
		JsonNode active = get("supervisor", "/dashboard/figures").get("engine");

		runtime.suspendProcessInstanceById(task.getProcessInstanceId());
		JsonNode suspended = get("supervisor", "/dashboard/figures").get("engine");
		assertThat(suspended.get("overdueTasks").asLong()).isEqualTo(active.get("overdueTasks").asLong() - 1);
		assertThat(suspended.get("escalatedTasks").asLong()).isEqualTo(active.get("escalatedTasks").asLong() - 1);
		assertThat(suspended.get("suspendedTasks").asLong()).isEqualTo(active.get("suspendedTasks").asLong() + 1);
		assertThat(suspended.get("openTasks").asLong()).isEqualTo(active.get("openTasks").asLong());
		long byActivity = 0;
		for (JsonNode figure : suspended.get("overdueByActivity")) {
			byActivity += figure.get("count").asLong();
		}
		assertThat(byActivity).isEqualTo(suspended.get("overdueTasks").asLong());
		for (String figure : List.of("overdue", "escalated", "overdue-activity&value=Task_ConfirmDetails",
				"overdue-assignee&value=-")) {
			assertThat(http.withBasicAuth("supervisor", "demo").getForObject("/dashboard/cases?figure=" + figure,
					String.class)).as(figure).doesNotContain(">" + reference + "<");
		}
		assertThat(http.withBasicAuth("supervisor", "demo").getForObject("/dashboard/cases?figure=suspended",
				String.class)).contains(">" + reference + "</a>");
		assertThat(http.withBasicAuth("supervisor", "demo").getForObject("/dashboard", String.class))
			.contains("Of suspended processes (offered to nobody, not counted above)");

		runtime.activateProcessInstanceById(task.getProcessInstanceId());
		JsonNode activated = get("supervisor", "/dashboard/figures").get("engine");
		assertThat(activated.get("overdueTasks").asLong()).isEqualTo(active.get("overdueTasks").asLong());
		assertThat(activated.get("escalatedTasks").asLong()).isEqualTo(active.get("escalatedTasks").asLong());
		assertThat(http.withBasicAuth("supervisor", "demo").getForObject("/dashboard/cases?figure=escalated",
				String.class)).contains(">" + reference + "</a>");
	}

	/**
	 * An officer in two of a task's candidate groups (a triage officer who also supervises) sees it once, counted once;
	 * a claim moves it from the groups' queues to the officer's own; another unit's supervisor sees none of it.
	 */
	@Test
	void aTaskInTwoOfTheOfficersQueuesIsListedAndCountedOnce() throws Exception {
		String dual = "dual-north";
		if (identity.createUserQuery().userId(dual).count() == 0) {
			User user = identity.newUser(dual);
			user.setPassword("demo");
			identity.saveUser(user);
			for (String group : List.of("triage-officers", "supervisors", "unit-north")) {
				identity.createMembership(dual, group);
			}
		}
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		Task task = taskOf(reference);
		tasks.setDueDate(task.getId(), Date.from(Instant.now().minus(Duration.ofDays(400))));
		tasks.addCandidateGroup(task.getId(), "supervisors");
		tasks.setPriority(task.getId(), EngineFigures.ESCALATED_PRIORITY);
		List<String> ours = List.of(reference);

		long before = get(dual, "/api/work?due=overdue").get("total").asLong();
		assertThat(queued(dual, "due=overdue", ours)).containsExactly(reference);
		assertThat(itemOf(dual, reference).get("escalated").asBoolean()).isTrue();
		assertThat(queued("supervisor", "due=overdue", ours)).containsExactly(reference);
		assertThat(queued("triage", "due=overdue", ours)).containsExactly(reference);

		tasks.claim(task.getId(), "triage");
		assertThat(get(dual, "/api/work?due=overdue").get("total").asLong()).isEqualTo(before - 1);
		assertThat(queued(dual, "due=overdue", ours)).isEmpty();
		assertThat(queued("supervisor", "due=overdue", ours)).isEmpty();
		assertThat(itemOf("triage", reference).get("assignee").asText()).isEqualTo("triage");
		assertThat(queued("triage-south", "", ours)).isEmpty();
	}

	/** The risk is the read model's own: a queue sorted and filtered by it reads no case table. */
	@Test
	void aQueueSortedAndFilteredByRiskReadsNoCaseTable() {
		WorkQueueQuery query = new WorkQueueQuery(new WorkFilter("risk", true, "HIGH", "overdue", null, 0), "triage",
				List.of("triage-officers"), new ViewerScope(false, List.of("NORTH")), Instant.now());
		for (String sql : List.of(query.page(WorkQueue.PAGE_SIZE), query.countUpTo(1000))) {
			List<Map<String, Object>> plan = named.queryForList("explain " + sql, query.parameters());
			assertThat(plan).isNotEmpty();
			assertThat(plan).extracting(row -> String.valueOf(row.get("table"))).noneMatch(table -> table.equals("c"));
			assertThat(sql).doesNotContain("case_file");
		}
	}

}
