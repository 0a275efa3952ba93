package uk.police.spo.monitoring;

import static uk.police.spo.monitoring.MonitoringAnswers.*;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.police.spo.breach.BreachSource;
import uk.police.spo.messages.MessagePayloadRules;
import uk.police.spo.system.Answer;
import uk.police.spo.system.ProcessMessages;

/**
 * What the messages of {@code orderMonitoring} may carry. Only the listed variables are accepted (a message never
 * brings personal data into the process); times are ISO 8601 with an offset and cannot lie in the future.
 */
@Component
class MonitoringMessageRules implements MessagePayloadRules {

	static final Map<String, Set<String>> VARIABLES = Map.of(ProcessMessages.ORDER_SERVED, keys(SERVED_AT),
			ProcessMessages.NOTIFICATION_RECEIVED, keys(NOTIFIED_AT), ProcessMessages.CHANGE_NOTIFICATION_RECEIVED,
			keys(CHANGED_ON, NOTIFIED_AT), ProcessMessages.NOTIFICATION_FOUND_FALSE, keys(NOTIFICATION_MADE_ON),
			ProcessMessages.VARIATION_REQUESTED, keys(VARIATION_APPLICANT), ProcessMessages.DISCHARGE_REQUESTED,
			keys(DISCHARGE_APPLICANT), ProcessMessages.BREACH_REPORTED, keys(REPORTED_BY, BREACH_OCCURRED_AT));

	/** Clocks of partners' systems drift; a time a little ahead of ours is not refused. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final Clock clock;

	MonitoringMessageRules(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Set<String> messageNames() {
		return VARIABLES.keySet();
	}

	@Override
	public List<String> problems(String messageName, Map<String, Object> variables) {
		Set<String> accepted = VARIABLES.get(messageName);
		if (accepted == null) {
			return List.of("messageName: " + messageName + " is not a monitoring message");
		}
		List<String> problems = new ArrayList<>();
		new TreeSet<>(variables.keySet()).stream()
			.filter(name -> !accepted.contains(name))
			.forEach(name -> problems.add(name + ": not accepted with " + messageName));
		switch (messageName) {
			case ProcessMessages.ORDER_SERVED -> pastTime(variables, SERVED_AT, problems);
			case ProcessMessages.NOTIFICATION_RECEIVED -> pastTime(variables, NOTIFIED_AT, problems);
			case ProcessMessages.CHANGE_NOTIFICATION_RECEIVED -> {
				pastTime(variables, NOTIFIED_AT, problems);
				changeDay(variables, problems);
			}
			case ProcessMessages.NOTIFICATION_FOUND_FALSE -> madeOn(variables, problems);
			case ProcessMessages.VARIATION_REQUESTED -> oneOf(variables, VARIATION_APPLICANT, Applicant.values(), problems);
			case ProcessMessages.DISCHARGE_REQUESTED -> oneOf(variables, DISCHARGE_APPLICANT, Applicant.values(), problems);
			default -> {
				oneOf(variables, REPORTED_BY, BreachSource.values(), problems);
				pastTime(variables, BREACH_OCCURRED_AT, problems);
			}
		}
		return problems;
	}

	private void pastTime(Map<String, Object> variables, Answer answer, List<String> problems) {
		String name = answer.key();
		String format = name + ": a date and time with its offset, such as 2026-05-01T10:15:00+01:00";
		if (!(answer.in(variables) instanceof String text)) {
			problems.add(format);
			return;
		}
		try {
			if (MonitoringSchedule.instant(text).isAfter(clock.instant().plus(CLOCK_SKEW))) {
				problems.add(name + ": cannot be in the future");
			}
		}
		catch (DateTimeParseException notATime) {
			problems.add(format);
		}
	}

	/** The day of the change: an ISO date not after the day (UK time) it was notified. */
	private static void changeDay(Map<String, Object> variables, List<String> problems) {
		String format = CHANGED_ON.key() + ": the day of the change, such as 2026-05-01";
		if (!(CHANGED_ON.in(variables) instanceof String text)) {
			problems.add(format);
			return;
		}
		LocalDate changedOn;
		try {
			changedOn = LocalDate.parse(text);
		}
		catch (DateTimeParseException notADate) {
			problems.add(format);
			return;
		}
		try {
			if (NOTIFIED_AT.in(variables) instanceof String notifiedAt
					&& changedOn.isAfter(MonitoringSchedule.ukDay(MonitoringSchedule.instant(notifiedAt)))) {
				problems.add(CHANGED_ON.key() + ": cannot be after the day the change was notified");
			}
		}
		catch (DateTimeParseException notATime) {
			// notifiedAt's own problem is reported by pastTime
		}
	}

	/**
	 * The day the notification found false was made, when given: an ISO date not after today (UK time). Whether the
	 * case has a notification that day, or needs the day named, is NotificationStateRules' to say.
	 */
	private void madeOn(Map<String, Object> variables, List<String> problems) {
		Object given = NOTIFICATION_MADE_ON.in(variables);
		if (given == null) {
			return;
		}
		String format = NOTIFICATION_MADE_ON.key() + ": the day the notification was made, such as 2026-05-01";
		try {
			if (!(given instanceof String text)) {
				problems.add(format);
			}
			else if (LocalDate.parse(text).isAfter(MonitoringSchedule.ukDay(clock.instant()))) {
				problems.add(NOTIFICATION_MADE_ON.key() + ": cannot be in the future");
			}
		}
		catch (DateTimeParseException notADate) {
			problems.add(format);
		}
	}

	private static void oneOf(Map<String, Object> variables, Answer answer, Enum<?>[] options, List<String> problems) {
		List<String> allowed = Arrays.stream(options).map(Enum::name).toList();
		if (!(answer.in(variables) instanceof String value) || !allowed.contains(value)) {
			problems.add(answer.key() + ": choose one of " + allowed);
		}
	}

	private static Set<String> keys(Answer... answers) {
		return Arrays.stream(answers).map(Answer::key).collect(Collectors.toUnmodifiableSet());
	}

}
