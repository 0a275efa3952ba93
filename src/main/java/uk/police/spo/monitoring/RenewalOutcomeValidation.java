package uk.police.spo.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskRule;

/**
 * {@code Task_RecordRenewalOutcome}: the decision is not dated ahead, and a renewal granted for a fixed time ends
 * after the decision.
 */
@Component
class RenewalOutcomeValidation implements TaskRule {

	private final Clock clock;

	private final OrderGrantDates orders;

	RenewalOutcomeValidation(Clock clock, OrderGrantDates orders) {
		this.clock = clock;
		this.orders = orders;
	}

	@Override
	public String taskDefinitionKey() {
		return "Task_RecordRenewalOutcome";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>(CourtDates.inTheFuture(values, "renewalDecidedOn", clock).stream().toList());
		CourtDates.beforeTheOrder(values, "renewalDecidedOn", orders).ifPresent(problems::add);
		if ("GRANTED".equals(values.get("renewalDecision"))
				&& !Boolean.TRUE.equals(values.get("renewedUntilFurtherOrder"))) {
			LocalDate endsOn = CourtDates.date(values, "renewedEndsOn");
			LocalDate decidedOn = CourtDates.date(values, "renewalDecidedOn");
			if (endsOn == null) {
				problems.add("renewedEndsOn: a date as YYYY-MM-DD");
			}
			else if (decidedOn != null && !endsOn.isAfter(decidedOn)) {
				problems.add("renewedEndsOn: the date must be after renewalDecidedOn");
			}
		}
		return problems;
	}

}
