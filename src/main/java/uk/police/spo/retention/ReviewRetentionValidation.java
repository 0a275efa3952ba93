package uk.police.spo.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.system.UkDates;
import uk.police.spo.tasks.TaskRule;

/**
 * {@code Task_ReviewRetention}: a purge may be asked for only once the case's retention review date has come, as the
 * purge itself requires ({@link CasePurges}); before it, the reviewer is told the date and the task stays open, rather
 * than the request failing after the form was accepted.
 */
@Component
class ReviewRetentionValidation implements TaskRule {

	private final RetentionCases cases;

	private final Clock clock;

	ReviewRetentionValidation(RetentionCases cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@Override
	public String taskDefinitionKey() {
		return "Task_ReviewRetention";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		if (!"PURGE".equals(values.get("retentionDecision")) || !(values.get("caseReference") instanceof String reference)) {
			return List.of();
		}
		LocalDate today = ForceCalendar.today(clock);
		return cases.find(reference)
			.filter(retentionCase -> !retentionCase.dueOn(today))
			.map(retentionCase -> List.of("retentionDecision: the case may be purged from "
					+ (retentionCase.reviewOn() == null ? "its retention review date, once it is closed"
							: UkDates.day(retentionCase.reviewOn()) + ", its retention review date")
					+ "; choose Retain until then"))
			.orElse(List.of());
	}

}
