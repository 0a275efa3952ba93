package uk.police.spo.tasks;

import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates for user tasks, as {@code camunda:dueDate="${deadlines.after('PT24H')}"}. Uses the engine's clock so
 * process tests can move time.
 */
@Component("deadlines")
public class TaskDeadlines {

	public Date after(String isoDuration) {
		java.time.Duration duration = java.time.Duration.parse(isoDuration);
		return new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis());
	}

}
