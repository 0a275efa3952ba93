package uk.police.spo.monitoring;

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

import org.springframework.stereotype.Component;

import uk.police.spo.breach.BreachSource;
import uk.police.spo.messages.MessagePayloadRules;
import uk.police.spo.system.ProcessMessages;

/**
 * What the messages of {@code orderMonitoring} may carry. Only the listed variables are accepted (a message never
 * brings personal data into the process); times are ISO 8601 with an offset and cannot lie in the future.
 */
@Component
class MonitoringMessageRules implements MessagePayloadRules {

	static final Map<String, Set<String>> VARIABLES = Map.of(ProcessMessages.ORDER_SERVED, Set.of("servedAt"), ProcessMessages.NOTIFICATION_RECEIVED,
			Set.of("notifiedAt"), ProcessMessages.CHANGE_NOTIFICATION_RECEIVED, Set.of("changedOn", "notifiedAt"),
			ProcessMessages.NOTIFICATION_FOUND_FALSE, Set.of(), ProcessMessages.VARIATION_REQUESTED, Set.of("variationApplicant"), ProcessMessages.DISCHARGE_REQUESTED,
			Set.of("dischargeApplicant"), ProcessMessages.BREACH_REPORTED, Set.of("reportedBy", "breachOccurredAt"));

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
			case ProcessMessages.ORDER_SERVED -> pastTime(variables, "servedAt", problems);
			case ProcessMessages.NOTIFICATION_RECEIVED -> pastTime(variables, "notifiedAt", problems);
			case ProcessMessages.CHANGE_NOTIFICATION_RECEIVED -> {
				pastTime(variables, "notifiedAt", problems);
				changeDay(variables, problems);
			}
			case ProcessMessages.NOTIFICATION_FOUND_FALSE -> {
				// the latest notification of the case is the one found false; the message carries nothing
			}
			case ProcessMessages.VARIATION_REQUESTED -> oneOf(variables, "variationApplicant", Arrays.stream(Applicant.values()).map(Enum::name).toList(), problems);
			case ProcessMessages.DISCHARGE_REQUESTED -> oneOf(variables, "dischargeApplicant", Arrays.stream(Applicant.values()).map(Enum::name).toList(), problems);
			default -> {
				oneOf(variables, "reportedBy", Arrays.stream(BreachSource.values()).map(Enum::name).toList(), problems);
				pastTime(variables, "breachOccurredAt", problems);
			}
		}
		return problems;
	}

	private void pastTime(Map<String, Object> variables, String name, List<String> problems) {
		String format = name + ": a date and time with its offset, such as 2026-05-01T10:15:00+01:00";
		if (!(variables.get(name) instanceof String text)) {
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
		String format = "changedOn: the day of the change, such as 2026-05-01";
		if (!(variables.get("changedOn") instanceof String text)) {
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
			if (variables.get("notifiedAt") instanceof String notifiedAt
					&& changedOn.isAfter(MonitoringSchedule.ukDay(MonitoringSchedule.instant(notifiedAt)))) {
				problems.add("changedOn: cannot be after the day the change was notified");
			}
		}
		catch (DateTimeParseException notATime) {
			// notifiedAt's own problem is reported by pastTime
		}
	}

	private static void oneOf(Map<String, Object> variables, String name, List<String> allowed,
			List<String> problems) {
		if (!(variables.get(name) instanceof String value) || !allowed.contains(value)) {
			problems.add(name + ": choose one of " + allowed);
		}
	}

}
