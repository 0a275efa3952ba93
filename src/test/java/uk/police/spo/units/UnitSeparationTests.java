package uk.police.spo.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import uk.police.spo.lifecycle.TaskWorker;
import uk.police.spo.support.MySqlCompatibleTest;

/** Officers of one unit cannot reach another unit's cases or tasks through any API. */
class UnitSeparationTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	ProcessEngineConfiguration engine;

	@Test
	void aCaseBelongsToTheUnitOfTheVictimsPostcode() {
		assertThat(summary(report("12 High Street, St Albans AL1 3AA"), "admin").getBody()).containsEntry("unit", "SOUTH");
		assertThat(summary(report("4 Bancroft, Hitchin SG5 1JW"), "admin").getBody()).containsEntry("unit", "NORTH");
	}

	@Test
	void anotherUnitsCaseIsNotFoundThroughTheCaseApi() {
		String south = report("12 High Street, St Albans AL1 3AA");

		assertThat(summary(south, "investigator").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(summary(south, "supervisor").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(summary(south, "investigator-south").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(summary(south, "admin").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void anotherUnitsTasksAreInvisibleThroughEngineRest() {
		String south = report("12 High Street, St Albans AL1 3AA");
		String north = report("4 Bancroft, Hitchin SG5 1JW");

		assertThat(tasksOf(south, "triage")).isEmpty();
		assertThat(tasksOf(south, "triage-south")).hasSize(1);
		assertThat(tasksOf(north, "triage")).hasSize(1);
		assertThat(tasksOf(north, "triage-south")).isEmpty();
		String southTask = (String) tasksOf(south, "triage-south").get(0).get("id");
		assertThat(http.withBasicAuth("triage", "demo")
			.getForEntity("/engine-rest/task/" + southTask + "/variables", String.class)
			.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(http.withBasicAuth("triage", "demo")
			.postForEntity("/engine-rest/task/" + southTask + "/claim", Map.of("userId", "triage"), String.class)
			.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
	}

	@Test
	void anotherUnitsProcessInstancesAndTheirHistoryAreInvisibleThroughEngineRest() {
		String south = report("12 High Street, St Albans AL1 3AA");
		String north = report("4 Bancroft, Hitchin SG5 1JW");

		// stalkingCase and caseTriage run for each case
		assertThat(instancesOf(south, "investigator-south")).hasSize(2);
		assertThat(historicInstancesOf(south, "investigator-south")).hasSize(2);
		assertThat(instancesOf(north, "supervisor")).hasSize(2);
		assertThat(historicInstancesOf(north, "supervisor")).hasSize(2);
		for (String northOfficer : List.of("supervisor", "investigator", "triage")) {
			assertThat(instancesOf(south, northOfficer)).as(northOfficer).isEmpty();
			assertThat(historicInstancesOf(south, northOfficer)).as(northOfficer).isEmpty();
		}
		String southInstance = (String) instancesOf(south, "investigator-south").get(0).get("id");
		assertThat(http.withBasicAuth("supervisor", "demo")
			.getForEntity("/engine-rest/process-instance/" + southInstance + "/variables", String.class)
			.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(instancesOf(south, "admin")).hasSize(2);
	}

	@Test
	void aSupervisorMovesACaseAndItsOpenTasksToAnotherUnit() {
		String reference = report("4 Bancroft, Hitchin SG5 1JW");

		ResponseEntity<Map> moved = move(reference, "supervisor", "SOUTH");

		assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(moved.getBody()).containsEntry("unit", "SOUTH");
		assertThat((List<Map<String, String>>) moved.getBody().get("timeline")).extracting(e -> e.get("kind"))
			.contains("UNIT_CHANGED");
		assertThat(summary(reference, "supervisor").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(summary(reference, "investigator-south").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(tasksOf(reference, "triage")).isEmpty();
		assertThat(tasksOf(reference, "triage-south")).hasSize(1);
		assertThat(instancesOf(reference, "supervisor")).isEmpty();
		assertThat(historicInstancesOf(reference, "supervisor")).isEmpty();
		assertThat(instancesOf(reference, "investigator-south")).hasSize(2);
		assertThat(historicInstancesOf(reference, "investigator-south")).hasSize(2);
	}

	@Test
	void aMovedCasesEndedProcessesAndTheirHistoryGoToTheNewUnitAndLeaveTheOldOne() {
		String reference = report("4 Bancroft, Hitchin SG5 1JW");
		// as in Tasklist: the officer claims the task, which grants them the task and its history of their own
		String confirm = (String) tasksOf(reference, "triage").get(0).get("id");
		assertThat(http.withBasicAuth("triage", "demo")
			.postForEntity("/engine-rest/task/" + confirm + "/claim", Map.of("userId", "triage"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		finishTriage(reference);
		assertThat(grantsOfOfficer("triage", confirm)).isNotEmpty();
		List<Map<String, Object>> all = historicInstancesOf(reference, "admin");
		assertThat(all).filteredOn(i -> "caseTriage".equals(i.get("processDefinitionKey")))
			.singleElement()
			.satisfies(triage -> assertThat(triage.get("endTime")).isNotNull());
		String instanceIds = all.stream().map(i -> (String) i.get("id")).collect(Collectors.joining(","));
		assertThat(historicTasksOf(reference, "triage")).isNotEmpty();
		assertThat(historicVariablesOf(instanceIds, "supervisor")).isNotEmpty();
		String plan = (String) tasksOf(reference, "investigator").get(0).get("id");
		http.withBasicAuth("investigator", "demo")
			.postForEntity("/engine-rest/task/" + plan + "/claim", Map.of("userId", "investigator"), String.class);

		assertThat(move(reference, "supervisor", "SOUTH").getStatusCode()).isEqualTo(HttpStatus.OK);

		assertThat(grantsOfOfficer("triage", confirm)).isEmpty();
		assertThat(historicInstancesOf(reference, "supervisor")).isEmpty();
		assertThat(historicInstancesOf(reference, "investigator-south")).extracting(i -> i.get("id"))
			.containsExactlyInAnyOrderElementsOf(all.stream().map(i -> i.get("id")).toList());
		for (String northOfficer : List.of("supervisor", "triage", "investigator")) {
			assertThat(historicTasksOf(reference, northOfficer)).as(northOfficer).isEmpty();
			assertThat(historicVariablesOf(instanceIds, northOfficer)).as(northOfficer).isEmpty();
			assertThat(instancesOf(reference, northOfficer)).as(northOfficer).isEmpty();
		}
		assertThat(historicTasksOf(reference, "triage-south")).extracting(t -> t.get("taskDefinitionKey"))
			.contains("Task_ConfirmDetails", "Task_ScreenRisk");
		assertThat(historicVariablesOf(instanceIds, "investigator-south")).isNotEmpty();
		// the open task claimed in the old unit is back in its queue, the new unit's
		assertThat(tasks.createTaskQuery().taskId(plan).singleResult().getAssignee()).isNull();
		assertThat(tasksOf(reference, "investigator")).isEmpty();
		assertThat(tasksOf(reference, "investigator-south")).extracting(t -> t.get("id")).contains(plan);
	}

	/**
	 * The officer's own list, the candidate group's tasks with no case named, holds their unit's and not the other
	 * unit's; the engine checks each task's grants row by row (application.yml says why), a check that holds revoke
	 * grants too.
	 */
	@Test
	void theCandidateGroupsTaskListHoldsOnlyTheOfficersUnit() {
		String south = report("12 High Street, St Albans AL1 3AA");
		String north = report("4 Bancroft, Hitchin SG5 1JW");
		String southTask = (String) tasksOf(south, "triage-south").get(0).get("id");
		String northTask = (String) tasksOf(north, "triage").get(0).get("id");

		List<Map<String, Object>> listed = http.withBasicAuth("triage", "demo")
			.getForObject("/engine-rest/task?candidateGroup=triage-officers&maxResults=1000", List.class);

		assertThat(listed).extracting(t -> t.get("id")).contains(northTask).doesNotContain(southTask);
		assertThat(engine.getAuthorizationCheckRevokes())
			.isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
	}

	@Test
	void onlySupervisorsOfTheCasesUnitOrAdminsMoveIt() {
		String north = report("4 Bancroft, Hitchin SG5 1JW");

		assertThat(move(north, "investigator", "SOUTH").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(move(north, "investigator-south", "SOUTH").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(move(north, "admin", "NOWHERE").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(summary(north, "admin").getBody()).containsEntry("unit", "NORTH");
	}

	private String report(String victimAddress) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String body = """
				{"reporterType":"VICTIM","victim":{"address":"%s","phone":"07700 900456","safeContact":{"method":"PHONE"}},
				 "incidents":[{"behaviour":"LOITERING"}]}""".formatted(victimAddress);
		return (String) http.postForEntity("/api/reports", new HttpEntity<>(body, headers), Map.class)
			.getBody()
			.get("reference");
	}

	private ResponseEntity<Map> summary(String reference, String user) {
		return http.withBasicAuth(user, "demo").getForEntity("/api/cases/" + reference, Map.class);
	}

	private ResponseEntity<Map> move(String reference, String user, String unit) {
		return http.withBasicAuth(user, "demo")
			.exchange("/api/cases/" + reference + "/unit", HttpMethod.PUT, new HttpEntity<>(Map.of("unit", unit)),
					Map.class);
	}

	private List<Map<String, Object>> instancesOf(String reference, String user) {
		return http.withBasicAuth(user, "demo")
			.getForObject("/engine-rest/process-instance?businessKey=" + reference, List.class);
	}

	private List<Map<String, Object>> historicInstancesOf(String reference, String user) {
		return http.withBasicAuth(user, "demo")
			.getForObject("/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference, List.class);
	}

	private List<Map<String, Object>> historicTasksOf(String reference, String user) {
		return http.withBasicAuth(user, "demo")
			.getForObject("/engine-rest/history/task?processInstanceBusinessKey=" + reference, List.class);
	}

	private List<Map<String, Object>> historicVariablesOf(String processInstanceIds, String user) {
		return http.withBasicAuth(user, "demo")
			.getForObject("/engine-rest/history/variable-instance?processInstanceIdIn=" + processInstanceIds, List.class);
	}

	private List<Authorization> grantsOfOfficer(String user, String taskId) {
		return List.of(Resources.TASK, Resources.HISTORIC_TASK)
			.stream()
			.flatMap(resource -> authorizations.createAuthorizationQuery()
				.resourceType(resource)
				.resourceId(taskId)
				.userIdIn(user)
				.list()
				.stream())
			.toList();
	}

	/** Triage worked through its forms by the north unit's triage officer, to its end. */
	private void finishTriage(String reference) {
		TaskWorker worker = new TaskWorker(http, tasks);
		worker.complete(reference, "Task_ConfirmDetails", Map.of("safeContactMethod", "PHONE"));
		worker.complete(reference, "Task_ClassifyConduct", Map.of("stalkingQuestion", "YES",
				"fixated", "YES", "obsessive", "YES", "unwanted", "YES", "repeated", "YES", "incidentCount", 3L,
				"classification", "STALKING_8Q", "conductCrimeReference", "41/12345/26", "otherOffence", "NONE"));
		worker.complete(reference, "Task_ScreenRisk", Map.of("dashStalkingQuestion", "NO", "yesAnswers", 5L));
		worker.complete(reference, "Task_PlanSafeguarding", Map.of());
		if (tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_RecordReferralConsent")
			.count() > 0) {
			worker.complete(reference, "Task_RecordReferralConsent", Map.of());
		}
	}

	private List<Map<String, Object>> tasksOf(String reference, String user) {
		return http.withBasicAuth(user, "demo")
			.getForObject("/engine-rest/task?processInstanceBusinessKey=" + reference, List.class);
	}

}
