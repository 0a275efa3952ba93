package uk.police.spo.monitoring;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskRule;

/** {@code Task_ReviewOrder}: a breach suspected at the review happened on a day that has come, never ahead. */
@Component
class ReviewOrderValidation implements TaskRule {

	private final Clock clock;

	ReviewOrderValidation(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String taskDefinitionKey() {
		return "Task_ReviewOrder";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		if (!RecordOrderReviewDelegate.BREACH_SUSPECTED.equals(values.get("orderCompliance"))) {
			return List.of();
		}
		return CourtDates.inTheFuture(values, "breachOccurredOn", clock).stream().toList();
	}

}
