package uk.police.spo.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import uk.police.spo.support.MySqlCompatibleTest;

/**
 * The Tasklist filters made at start-up list, through engine REST as Tasklist asks, what their names promise: the
 * group's tasks of the user's own unit only, the high-risk ones, the overdue ones, and the user's own.
 */
class TasklistFilterTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	String north;

	String northHighRisk;

	String northOverdue;

	String south;

	@BeforeEach
	void cases() {
		north = TestReports.report(http, "203.0.113.122", "Hitchin SG5 1AB");
		northHighRisk = TestReports.report(http, "203.0.113.122", "Letchworth SG6 3AA");
		northOverdue = TestReports.report(http, "203.0.113.122", "Stevenage SG1 2AA");
		south = TestReports.report(http, "203.0.113.122", "St Albans AL1 3AA");
		runtime.setVariable(triageTask(northHighRisk).getProcessInstanceId(), "riskLevel", "HIGH");
		Task late = triageTask(northOverdue);
		late.setDueDate(Date.from(Instant.now().minus(2, ChronoUnit.HOURS)));
		tasks.saveTask(late);
	}

	@Test
	void myUnitsTasksListsTheGroupsOpenTasksOfTheUsersUnitOnly() {
		List<String> northList = list("triage", "Triage: my unit's tasks");
		assertThat(northList).contains(north, northHighRisk, northOverdue).doesNotContain(south);

		List<String> southList = list("triage-south", "Triage: my unit's tasks");
		assertThat(southList).contains(south).doesNotContain(north, northHighRisk, northOverdue);
	}

	@Test
	void highRiskListsOnlyTasksOfHighRiskCases() {
		assertThat(list("triage", "Triage: high risk")).contains(northHighRisk).doesNotContain(north, northOverdue, south);
	}

	@Test
	void overdueListsOnlyTasksPastTheirDueDate() {
		assertThat(list("triage", "Triage: overdue")).contains(northOverdue).doesNotContain(north, northHighRisk, south);
	}

	@Test
	void myTasksListsTheTasksClaimedByTheUser() {
		tasks.claim(triageTask(north).getId(), "triage");
		assertThat(list("triage", "My tasks")).contains(north).doesNotContain(northHighRisk, northOverdue, south);
		assertThat(list("triage-south", "My tasks")).doesNotContain(north);
	}

	@Test
	void aGroupSeesOnlyTheFiltersOfItsOwnGroups() {
		assertThat(filterNames("triage")).contains("My tasks", "Triage: my unit's tasks", "Triage: high risk",
				"Triage: overdue").noneMatch(name -> name.startsWith("Investigation:") || name.startsWith("Supervision:"));
		assertThat(filterNames("investigator")).contains("My tasks", "Investigation: my unit's tasks")
			.noneMatch(name -> name.startsWith("Triage:"));
	}

	@Test
	void everyGroupThatWorksCasesHasItsFourFilters() {
		Map<String, String> labelOfDemoUser = Map.of("triage", "Triage", "investigator", "Investigation", "supervisor",
				"Supervision", "legal", "Legal review", "offender", "Order management");
		labelOfDemoUser.forEach((user, label) -> assertThat(filterNames(user)).as(user)
			.contains("My tasks", label + ": my unit's tasks", label + ": high risk", label + ": overdue"));
		assertThat(http.withBasicAuth("court", "demo")
			.getForEntity("/engine-rest/filter?resourceType=Task", String.class)
			.getStatusCode()
			.value()).as("partners reach no filter").isEqualTo(403);
	}

	@Test
	void officersLandOnTheirRolesUnitQueueAndSupervisorsOnTheOverdueWorkOfEveryRole() {
		assertThat(landing("triage")).isEqualTo("Triage: my unit's tasks");
		assertThat(landing("investigator")).isEqualTo("Investigation: my unit's tasks");
		assertThat(landing("supervisor")).isEqualTo("Supervision: overdue, all roles");
		// the overdue triage task is a triage officers' task, shown to the supervisor of its unit only
		assertThat(list("supervisor", "Supervision: overdue, all roles")).contains(northOverdue)
			.doesNotContain(north, northHighRisk, south);
	}

	@Test
	void anotherGroupsFilterListsNothingOfItsTasksForAnOfficer() {
		// the investigators' unit filter, asked by an investigator, lists no triage task although the cases are theirs
		assertThat(list("investigator", "Investigation: my unit's tasks")).isEmpty();
	}

	/** The case references of the tasks the filter lists for the user, read from the task names. */
	private List<String> list(String user, String filterName) {
		String filterId = filter(user, filterName);
		JsonNode listed = http.withBasicAuth(user, "demo")
			.postForObject("/engine-rest/filter/" + filterId + "/list?maxResults=500", TestReports.json(Map.of()), JsonNode.class);
		assertThat(listed.isArray()).as(String.valueOf(listed)).isTrue();
		return java.util.stream.StreamSupport.stream(listed.spliterator(), false)
			.map(task -> task.path("name").asText())
			.flatMap(name -> List.of(north, northHighRisk, northOverdue, south).stream().filter(name::contains))
			.toList();
	}

	private String filter(String user, String name) {
		JsonNode found = http.withBasicAuth(user, "demo")
			.getForObject("/engine-rest/filter?resourceType=Task&name={name}", JsonNode.class, name);
		assertThat(found).as(user + " reads filter " + name).hasSize(1);
		return found.get(0).path("id").asText();
	}

	/** The filter Tasklist opens first for the user: the one of lowest priority. */
	private String landing(String user) {
		JsonNode found = http.withBasicAuth(user, "demo").getForObject("/engine-rest/filter?resourceType=Task", JsonNode.class);
		return java.util.stream.StreamSupport.stream(found.spliterator(), false)
			.min(java.util.Comparator.comparingInt(f -> f.path("properties").path("priority").asInt()))
			.map(f -> f.path("name").asText())
			.orElseThrow();
	}

	private List<String> filterNames(String user) {
		JsonNode found = http.withBasicAuth(user, "demo").getForObject("/engine-rest/filter?resourceType=Task", JsonNode.class);
		return java.util.stream.StreamSupport.stream(found.spliterator(), false).map(f -> f.path("name").asText()).toList();
	}

	private Task triageTask(String ref) {
		return tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("Task_ConfirmDetails").singleResult();
	}

}
