package uk.police.spo.orders;

import static uk.police.spo.orders.OrderAnswers.COURT_OUTCOME;
import static uk.police.spo.orders.OrderAnswers.HEARING_KIND;
import static uk.police.spo.orders.OrderAnswers.HEARING_ON;
import static uk.police.spo.orders.OrderAnswers.NEXT_HEARING_ON;
import static uk.police.spo.orders.OrderAnswers.ORDER_ENDS_ON;
import static uk.police.spo.orders.OrderAnswers.UNTIL_FURTHER_ORDER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.police.spo.messages.MessagePayloadRules;
import uk.police.spo.system.Answer;
import uk.police.spo.system.ProcessMessages;

/**
 * What the court's messages to {@code spoApplication} must carry. {@code CourtHearingListed}: {@code hearingOn}
 * (yyyy-MM-dd) and {@code hearingKind}. {@code CourtOutcomeReceived}: {@code courtOutcome}; an interim order needs its
 * {@code orderEndsOn}; a full order ends at least 2 years from today or runs until further order
 * ({@code untilFurtherOrder = true}); an adjournment needs a future {@code nextHearingOn}.
 */
@Component
class CourtMessageRules implements MessagePayloadRules {

	static final String HEARING_LISTED = ProcessMessages.COURT_HEARING_LISTED;

	static final String OUTCOME_RECEIVED = ProcessMessages.COURT_OUTCOME_RECEIVED;

	private final Clock clock;

	CourtMessageRules(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Set<String> messageNames() {
		return Set.of(HEARING_LISTED, OUTCOME_RECEIVED);
	}

	@Override
	public List<String> problems(String messageName, Map<String, Object> variables) {
		return switch (messageName) {
			case HEARING_LISTED -> hearingProblems(variables);
			case OUTCOME_RECEIVED -> outcomeProblems(variables);
			default -> List.of("messageName: not a court message");
		};
	}

	private List<String> hearingProblems(Map<String, Object> variables) {
		List<String> problems = new ArrayList<>();
		if (isoDate(HEARING_ON.in(variables)).isEmpty()) {
			problems.add(HEARING_ON.key() + ": the hearing's date as yyyy-MM-dd");
		}
		if (!names(HearingKind.values()).contains(HEARING_KIND.in(variables))) {
			problems.add(HEARING_KIND.key() + ": one of " + names(HearingKind.values()));
		}
		return problems;
	}

	private List<String> outcomeProblems(Map<String, Object> variables) {
		List<String> problems = new ArrayList<>();
		Object outcome = COURT_OUTCOME.in(variables);
		if (!names(CourtOutcome.values()).contains(outcome)) {
			return List.of(COURT_OUTCOME.key() + ": one of " + names(CourtOutcome.values()));
		}
		LocalDate today = LocalDate.now(clock);
		Optional<LocalDate> endsOn = dateOrProblem(variables, ORDER_ENDS_ON, problems);
		Optional<LocalDate> nextHearingOn = dateOrProblem(variables, NEXT_HEARING_ON, problems);
		switch (CourtOutcome.valueOf((String) outcome)) {
			case INTERIM_GRANTED -> {
				if (endsOn.filter(today::isBefore).isEmpty()) {
					problems.add(ORDER_ENDS_ON.key() + ": an interim order needs its end date, after today");
				}
			}
			case FULL_GRANTED -> {
				boolean untilFurtherOrder = Boolean.TRUE.equals(UNTIL_FURTHER_ORDER.in(variables));
				if (untilFurtherOrder == endsOn.isPresent()
						|| endsOn.filter(end -> end.isBefore(today.plusYears(2))).isPresent()) {
					problems.add(ORDER_ENDS_ON.key() + ": a full order ends at least 2 years from today, or set"
							+ " untilFurtherOrder (not both)");
				}
			}
			case ADJOURNED -> {
				if (nextHearingOn.filter(today::isBefore).isEmpty()) {
					problems.add(NEXT_HEARING_ON.key() + ": an adjournment needs the next hearing's date, in the future");
				}
			}
		}
		return problems;
	}

	private static Optional<LocalDate> dateOrProblem(Map<String, Object> variables, Answer answer, List<String> problems) {
		Object value = answer.in(variables);
		Optional<LocalDate> date = isoDate(value);
		if (value != null && date.isEmpty()) {
			problems.add(answer.key() + ": a date as yyyy-MM-dd");
		}
		return date;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	/** A date the court's message carried, already checked here; null when the message had none. */
	private static Optional<LocalDate> isoDate(Object value) {
		if (!(value instanceof String text) || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException notADay) {
			return Optional.empty();
		}
	}

}
