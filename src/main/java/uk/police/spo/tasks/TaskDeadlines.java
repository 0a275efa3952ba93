package uk.police.spo.tasks;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.stereotype.Component;

/**
 * A user task's due date, declared once: by the escalation timer attached to the task in the model
 * ({@code camunda:dueDate="${deadlines.fromEscalationTimer(execution)}"} beside a boundary timer of {@code P14D}).
 * The timer is the visible declaration (it says when the task escalates); the task is due when it fires. Uses the
 * engine's clock, as the timer does, so process tests can move time.
 */
@Component("deadlines")
public class TaskDeadlines {

	public Date fromEscalationTimer(DelegateExecution execution) {
		FlowElement task = execution.getBpmnModelElementInstance();
		return after(escalationPeriod(task));
	}

	/** The ISO-8601 duration of the one timer attached to the task; a model without exactly one is refused. */
	static Duration escalationPeriod(FlowElement task) {
		List<String> periods = task.getModelInstance()
			.getModelElementsByType(BoundaryEvent.class)
			.stream()
			.filter(boundary -> boundary.getAttachedTo() == task)
			.flatMap(boundary -> boundary.getEventDefinitions().stream())
			.filter(TimerEventDefinition.class::isInstance)
			.map(timer -> ((TimerEventDefinition) timer).getTimeDuration())
			.map(duration -> duration == null ? null : duration.getTextContent().trim())
			.toList();
		if (periods.size() != 1 || periods.get(0) == null || periods.get(0).startsWith("$")) {
			throw new IllegalStateException("User task " + task.getId()
					+ " takes its due date from its escalation timer, so it needs exactly one attached timer with a"
					+ " fixed duration (e.g. P14D); it has " + periods);
		}
		return Duration.parse(periods.get(0));
	}

	private static Date after(Duration period) {
		return new Date(ClockUtil.getCurrentTime().getTime() + period.toMillis());
	}

}
