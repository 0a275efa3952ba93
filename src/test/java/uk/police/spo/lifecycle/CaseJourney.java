package uk.police.spo.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import uk.police.spo.support.DocumentJobs;

/**
 * One case worked step by step, as officers and the court work it. A step is a task worked through its deployed form
 * (by a demo user of the group that must hold it) or a message sent to the case; after each, the case as
 * {@code GET /api/cases/{reference}} shows it must have the expected status and exactly the expected new timeline
 * entries.
 */
class CaseJourney {

	/** What the case must show after a step: its status and the kinds of the timeline entries the step added. */
	record Then(String status, List<String> newEntries) {
	}

	static Then then(String status, String... newEntries) {
		return new Then(status, List.of(newEntries));
	}

	static List<String> heldBy(String... groups) {
		return List.of(groups);
	}

	private final TestRestTemplate http;

	private final TaskService tasks;

	private final AuthorizationService authorizations;

	private final TaskWorker worker;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final Runnable deliverReferrals;

	private final String reference;

	private final String unitGroup;

	private final List<String> otherUnitGroups;

	private String riskLevel;

	/**
	 * @param deliverReferrals runs the referral send jobs a step leaves (the tests run without the job executor), so
	 * that a step's entries include what its referrals' delivery adds
	 */
	CaseJourney(TestRestTemplate http, TaskService tasks, AuthorizationService authorizations, RuntimeService runtime,
			ManagementService management, String reference, String unitGroup, List<String> otherUnitGroups,
			Runnable deliverReferrals) {
		this.deliverReferrals = deliverReferrals;
		this.http = http;
		this.tasks = tasks;
		this.authorizations = authorizations;
		this.worker = new TaskWorker(http, tasks);
		this.runtime = runtime;
		this.management = management;
		this.reference = reference;
		this.unitGroup = unitGroup;
		this.otherUnitGroups = otherUnitGroups;
	}

	/** From now on, every task's name must carry this risk level (as the case's processes know it). */
	void riskIs(String level) {
		this.riskLevel = level;
	}

	/**
	 * Works the open task {@code taskKey}: it must be there, in the queues of exactly {@code groups} and open to the
	 * case's unit only, named with the case reference and risk level; a demo user of the first group submits its
	 * form with {@code values}.
	 */
	void work(String taskKey, List<String> groups, Map<String, Object> values, Then then) {
		Task task = worker.open(reference, taskKey);
		assertThat(worker.candidateGroups(task)).as(taskKey + " candidate groups").containsExactlyInAnyOrderElementsOf(groups);
		assertThat(grantedGroups(task)).as(taskKey + " unit grant").contains(unitGroup).doesNotContainAnyElementsOf(otherUnitGroups);
		assertThat(task.getName()).as(taskKey + " name")
			.endsWith(" · " + reference + (riskLevel == null ? "" : " · " + riskLevel + " risk"));
		step(taskKey, then, () -> worker.submit(task, TaskWorker.USER_OF_GROUP.get(groups.get(0)), values));
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as(taskKey + " still open").isZero();
	}

	/** Sends a message to the case through the case API, as {@code user}; the case must be waiting for it. */
	void send(String user, String message, Map<String, Object> variables, Then then) {
		step(message, then, () -> {
			ResponseEntity<Map> answer = http.withBasicAuth(user, "demo")
				.postForEntity("/api/cases/" + reference + "/messages/" + message, TestReports.json(variables), Map.class);
			assertThat(answer.getStatusCode().value()).as(message + ": " + answer.getBody()).isEqualTo(202);
		});
	}

	/** Sends a message through a partner's own inbound endpoint, as the partner's system account. */
	void partnerSends(String partner, String type, Map<String, Object> body, Then then) {
		step(partner + " " + type, then, () -> {
			ResponseEntity<Map> answer = http.withBasicAuth(partner, "demo")
				.postForEntity("/api/partners/" + partner + "/messages",
						TestReports.json(Map.of("messageId", partner + "-" + type + "-" + reference, "caseReference",
								reference, "type", type, "body", body)),
						Map.class);
			assertThat(answer.getStatusCode().value()).as(type + ": " + answer.getBody()).isEqualTo(202);
		});
	}

	/** The case as a supervisor of its unit reads it: {@code GET /api/cases/{reference}}. */
	@SuppressWarnings("unchecked")
	Map<String, Object> summary() {
		ResponseEntity<Map> answer = http.withBasicAuth("supervisor", "demo").getForEntity("/api/cases/" + reference, Map.class);
		assertThat(answer.getStatusCode().value()).as("case summary " + answer.getBody()).isEqualTo(200);
		return answer.getBody();
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> timeline() {
		return (List<Map<String, Object>>) summary().get("timeline");
	}

	@SuppressWarnings("unchecked")
	private void step(String name, Then then, Runnable action) {
		List<Map<String, Object>> before = timeline();
		action.run();
		// the documents' steps, then the deliveries (the court's mail carries the application), as the job executor
		// (off in tests) would run them
		DocumentJobs.run(runtime, management, reference);
		deliverReferrals.run();
		Map<String, Object> after = summary();
		List<Map<String, Object>> added = new ArrayList<>((List<Map<String, Object>>) after.get("timeline"));
		before.forEach(added::remove);
		List<String> addedKinds = added.stream().map(entry -> (String) entry.get("kind")).toList();
		assertThat(after.get("status")).as("case status after " + name).isEqualTo(then.status());
		assertThat(addedKinds).as("timeline entries added by " + name + ": " + added)
			.containsExactlyInAnyOrderElementsOf(then.newEntries());
	}

	private List<String> grantedGroups(Task task) {
		return authorizations.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.resourceId(task.getId())
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.list()
			.stream()
			.map(Authorization::getGroupId)
			.filter(group -> group != null)
			.toList();
	}

}
