package uk.police.spo.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

class TaskDeadlinesTests {

	private static final String FROM_TIMER = "${deadlines.fromEscalationTimer(execution)}";

	@Test
	void aTaskIsDueWhenItsEscalationTimerFires() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("p")
			.startEvent()
			.userTask("Task_Work")
			.boundaryEvent("Event_WorkOverdue")
			.cancelActivity(false)
			.timerWithDuration("P14D")
			.endEvent()
			.done();

		assertThat(TaskDeadlines.escalationPeriod(model.getModelElementById("Task_Work")))
			.isEqualTo(Duration.ofDays(14));
	}

	@Test
	void aTaskWithoutExactlyOneFixedTimerIsRefusedNamingIt() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("p")
			.startEvent()
			.userTask("Task_Work")
			.boundaryEvent("Event_A").timerWithDuration("P1D").endEvent()
			.moveToActivity("Task_Work")
			.boundaryEvent("Event_B").timerWithDate("${later}").endEvent()
			.done();

		assertThatIllegalStateException()
			.isThrownBy(() -> TaskDeadlines.escalationPeriod(model.getModelElementById("Task_Work")))
			.withMessageContaining("Task_Work");
	}

	@Test
	void everyTaskWithAFixedDeadlineTakesItFromItsTimerAndNoneRestatesIt() {
		List<UserTask> tasks = Arrays.stream(new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn")))
			.map(Bpmn::readModelFromFile)
			.flatMap(model -> model.getModelElementsByType(UserTask.class).stream())
			.toList();
		List<UserTask> fromTimer = tasks.stream().filter(t -> FROM_TIMER.equals(t.getCamundaDueDate())).toList();

		assertThat(fromTimer).hasSizeGreaterThanOrEqualTo(27)
			.allSatisfy(task -> assertThat(TaskDeadlines.escalationPeriod(task)).isPositive());
		assertThat(tasks).allSatisfy(task -> assertThat(task.getCamundaDueDate()).as(task.getId())
			.isNotNull()
			.doesNotContainPattern("'P[0-9TDHM]+'"));
	}

}
