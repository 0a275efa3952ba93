package uk.police.spo.orders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.system.ProcessVariables;
import uk.police.spo.system.UkDates;
import uk.police.spo.tasks.TaskRule;

/**
 * {@code Task_DecideToApply}, against the suspect's recorded date of birth (when the case has one): no order is applied
 * for against a person under 10 (Stalking Protection Act 2019, s.1), and the answer "under 18", which sends the
 * application to the youth court, agrees with the date of birth on the day of the decision.
 */
@Component
class DefendantAgeRule implements TaskRule {

	private final Function<UUID, Optional<LocalDate>> suspectDateOfBirth;

	private final Clock clock;

	@Autowired
	DefendantAgeRule(CaseRecords cases, Clock clock) {
		this(cases::suspectDateOfBirth, clock);
	}

	DefendantAgeRule(Function<UUID, Optional<LocalDate>> suspectDateOfBirth, Clock clock) {
		this.suspectDateOfBirth = suspectDateOfBirth;
		this.clock = clock;
	}

	@Override
	public String taskDefinitionKey() {
		return "Task_DecideToApply";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		Optional<UUID> caseId = ProcessVariables.caseIdIn(values);
		if (!Boolean.TRUE.equals(values.get("apply")) || caseId.isEmpty()) {
			return List.of();
		}
		Optional<Integer> age = suspectDateOfBirth.apply(caseId.get())
			.map(born -> Period.between(born, LocalDate.now(clock.withZone(UkDates.ZONE))).getYears());
		if (age.isEmpty()) {
			return List.of();
		}
		List<String> problems = new ArrayList<>();
		if (age.get() < 10) {
			problems.add("apply: an order cannot be applied for against a person under 10; the suspect's recorded date "
					+ "of birth makes them " + age.get());
		}
		else if (Boolean.TRUE.equals(values.get("defendantUnder18")) != age.get() < 18) {
			problems.add("defendantUnder18: the suspect's recorded date of birth makes them " + age.get()
					+ (age.get() < 18 ? "; tick it, so that the application goes to the youth court"
							: "; leave it unticked"));
		}
		return problems;
	}

}
