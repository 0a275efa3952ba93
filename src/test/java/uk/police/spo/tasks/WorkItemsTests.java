package uk.police.spo.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/**
 * The read model of open work ({@code work_item}) holds exactly what the engine holds for a case's open tasks after
 * each thing that changes them: creation (named by the model's own listener after the built-in ones), a claim, a new
 * due date, completion, escalation (a candidate group added), a move to another unit and the deletion of the process
 * instance; and the start's backfill puts back what is missing and removes what the engine no longer has.
 */
class WorkItemsTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkItemBackfill backfill;

	@Autowired
	CaseRecords cases;

	@Autowired
	PlatformTransactionManager transactions;

	/** One queue place of a task, as the engine says it should be. */
	record Place(String taskId, String queue, String activity, String name, String assignee, Instant due, int priority,
			String unit, String caseId) implements Comparable<Place> {

		@Override
		public int compareTo(Place other) {
			return (taskId + queue).compareTo(other.taskId + other.queue);
		}

	}

	Set<Place> engineSays(String reference) {
		String caseId = jdbc.queryForObject("select id from case_file where reference = ?", String.class, reference);
		String unit = jdbc.queryForObject("select unit_code from case_file where reference = ?", String.class, reference);
		Set<Place> places = new TreeSet<>();
		for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(reference).list()) {
			WorkItem item = new WorkItem(task.getId(), task.getProcessInstanceId(), caseId, reference, unit,
					task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
					TaskRoles.candidateGroups(tasks.getIdentityLinksForTask(task.getId())), null,
					task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getPriority(),
					task.isSuspended());
			for (String queue : item.queues()) {
				places.add(new Place(task.getId(), queue, item.activityId(), item.name(), item.assignee(),
						seconds(item.due()), item.priority(), unit, caseId));
			}
		}
		return places;
	}

	Set<Place> readModelSays(String reference) {
		return new TreeSet<>(jdbc.query("select * from work_item where reference = ?",
				(row, i) -> new Place(row.getString("task_id"), row.getString("queue_key"), row.getString("activity_id"),
						row.getString("task_name"), row.getString("assignee"),
						row.getObject("due_at", LocalDateTime.class) == null ? null
								: row.getObject("due_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
						row.getInt("priority"), row.getString("unit_code"), row.getString("case_id")),
				reference));
	}

	static Instant seconds(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
	}

	/** Each row's risk level and rank, as "level/rank". */
	Set<String> risksHeld(String reference) {
		return new TreeSet<>(jdbc.queryForList("select concat(coalesce(risk_level, '-'), '/', risk_rank) from work_item "
				+ "where reference = ?", String.class, reference));
	}

	/** The case's risk set the way triage sets it. */
	void assessRisk(String reference, String level) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			CaseFile caseFile = cases.byReference(reference).orElseThrow();
			caseFile.triaged("STALKING_8Q", level);
			cases.riskChanged(caseFile);
		});
	}

	void assertSame(String reference) {
		Set<Place> engine = engineSays(reference);
		assertThat(readModelSays(reference)).containsExactlyElementsOf(engine);
	}

	Task openTask(String reference, String activity) {
		return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(activity).singleResult();
	}

	@Test
	void theReadModelFollowsTheEnginesOpenTasksThroughTheirLife() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		Task confirm = openTask(reference, "Task_ConfirmDetails");
		assertSame(reference);
		// the model's own create listener names the task after the built-in listeners ran: the row has that name
		assertThat(readModelSays(reference)).extracting(Place::name).allMatch(name -> name.contains(reference));
		assertThat(readModelSays(reference)).extracting(Place::queue)
			.containsExactlyInAnyOrder(WorkQueueKeys.EVERY_TASK, WorkQueueKeys.ofGroup("triage-officers"));

		tasks.claim(confirm.getId(), "triage");
		assertSame(reference);
		assertThat(readModelSays(reference)).extracting(Place::queue)
			.containsExactlyInAnyOrder(WorkQueueKeys.EVERY_TASK, WorkQueueKeys.ofUser("triage"));

		tasks.setDueDate(confirm.getId(), Date.from(Instant.now().minus(Duration.ofDays(3))));
		tasks.setAssignee(confirm.getId(), null);
		assertSame(reference);

		Job deadline = management.createJobQuery()
			.processInstanceId(confirm.getProcessInstanceId())
			.activityId("Event_AssessmentOverdue")
			.singleResult();
		management.executeJob(deadline.getId());
		assertSame(reference);
		assertThat(readModelSays(reference)).extracting(Place::queue)
			.contains(WorkQueueKeys.ofGroup("supervisors"), WorkQueueKeys.ofGroup("triage-officers"));
		assertThat(readModelSays(reference)).extracting(Place::priority)
			.containsOnly(EscalateOverdueTaskDelegate.ESCALATED_PRIORITY);

		tasks.complete(confirm.getId(), Map.of("detailsConfirmed", true, "safeContactMethod", "PHONE"));
		assertThat(openTask(reference, "Task_ClassifyConduct")).isNotNull();
		assertSame(reference);
		assertThat(readModelSays(reference)).extracting(Place::taskId).doesNotContain(confirm.getId());

		assertThat(http.withBasicAuth("supervisor", "demo")
			.exchange("/api/cases/" + reference + "/unit", HttpMethod.PUT, TestCases.json(Map.of("unit", "SOUTH")),
					String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertSame(reference);
		assertThat(readModelSays(reference)).extracting(Place::unit).containsOnly("SOUTH");

		String root = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKey("stalkingCase")
			.singleResult()
			.getId();
		// custom listeners skipped, as an administrator's deletion may do: the built-in one still removes the rows
		runtime.deleteProcessInstance(root, "test: the read model follows a deleted case", true);
		assertThat(engineSays(reference)).isEmpty();
		assertThat(readModelSays(reference)).isEmpty();
	}

	@Test
	void theBackfillAddsWhatIsMissingAndRemovesWhatTheEngineNoLongerHas() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		Task confirm = openTask(reference, "Task_ConfirmDetails");
		tasks.claim(confirm.getId(), "triage");
		Set<Place> before = readModelSays(reference);
		assertThat(before).hasSize(2);
		jdbc.update("delete from work_item where reference = ?", reference);
		jdbc.update("insert into work_item (task_id, queue_key, process_instance_id, activity_id, priority) "
				+ "values ('no-such-task', '*', 'no-such-instance', 'Task_Gone', 50)");

		backfill.fillIn();
		backfill.fillIn();

		assertThat(readModelSays(reference)).isEqualTo(before);
		assertSame(reference);
		assertThat(jdbc.queryForObject("select count(*) from work_item where task_id = 'no-such-task'", Integer.class))
			.isZero();
		// every task of a process instance, once (a task made on its own, outside any process, has no queue here)
		assertThat(jdbc.queryForObject("select count(*) from work_item where queue_key = '*'", Long.class))
			.isEqualTo(jdbc.queryForObject("select count(*) from ACT_RU_TASK where PROC_INST_ID_ is not null", Long.class));
	}

	/**
	 * The case's risk is on every row of its open tasks: moved with the case's risk, carried by a task opened later,
	 * and put back by the backfill.
	 */
	@Test
	void everyRowCarriesItsCasesCurrentRisk() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		assertThat(risksHeld(reference)).containsExactly("-/3");

		assessRisk(reference, "HIGH");
		assertThat(risksHeld(reference)).containsExactly("HIGH/0");

		Task confirm = openTask(reference, "Task_ConfirmDetails");
		tasks.complete(confirm.getId(), Map.of("detailsConfirmed", true, "safeContactMethod", "PHONE"));
		assertThat(openTask(reference, "Task_ClassifyConduct")).isNotNull();
		assertThat(risksHeld(reference)).containsExactly("HIGH/0");
		assertSame(reference);

		assessRisk(reference, "STANDARD");
		assertThat(risksHeld(reference)).containsExactly("STANDARD/2");

		jdbc.update("delete from work_item where reference = ?", reference);
		backfill.fillIn();
		assertThat(risksHeld(reference)).containsExactly("STANDARD/2");
		assertSame(reference);
	}

	/**
	 * A suspended process instance's task (Cockpit suspends through the engine's REST API) stays in the queue of every
	 * task, marked suspended, and leaves every officer's and group's queue until the instance is activated; the
	 * backfill puts a missed suspension right.
	 */
	@Test
	void aSuspendedInstancesTasksAreOfferedToNobodyUntilItIsActivated() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		Task confirm = openTask(reference, "Task_ConfirmDetails");
		String instance = confirm.getProcessInstanceId();

		assertThat(http.withBasicAuth("admin", "demo")
			.exchange("/engine-rest/process-instance/" + instance + "/suspended", HttpMethod.PUT,
					TestCases.json(Map.of("suspended", true)), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(readModelSays(reference)).extracting(Place::queue).containsExactly(WorkQueueKeys.EVERY_TASK);
		assertThat(suspendedRows(reference)).isEqualTo(1);
		assertSame(reference);

		runtime.activateProcessInstanceById(instance);
		assertThat(readModelSays(reference)).extracting(Place::queue)
			.containsExactlyInAnyOrder(WorkQueueKeys.EVERY_TASK, WorkQueueKeys.ofGroup("triage-officers"));
		assertThat(suspendedRows(reference)).isZero();
		assertSame(reference);

		// suspended behind the read model's back (rows copied by hand, a node without this version): the start fixes it
		runtime.suspendProcessInstanceById(instance);
		jdbc.update("delete from work_item where reference = ?", reference);
		jdbc.update("insert into work_item (task_id, queue_key, process_instance_id, reference, activity_id, priority) "
				+ "values (?, ?, ?, ?, 'Task_ConfirmDetails', 50)", confirm.getId(), WorkQueueKeys.EVERY_TASK, instance,
				reference);
		backfill.fillIn();
		assertThat(suspendedRows(reference)).isEqualTo(1);
		assertSame(reference);
		runtime.activateProcessInstanceById(instance);
		assertSame(reference);
	}

	int suspendedRows(String reference) {
		return jdbc.queryForObject("select count(*) from work_item where reference = ? and suspended = true",
				Integer.class, reference);
	}

}
