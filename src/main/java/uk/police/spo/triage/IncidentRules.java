package uk.police.spo.triage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.cases.Behaviour;

/**
 * What a new incident must be, whoever reports it (an officer through the case API, a partner through its messages):
 * a behaviour of the report's list, a day not in the future (UK time) when one is given, a location of at most 500
 * and a description of at most 4000 characters.
 */
@Component
class IncidentRules {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	static final List<String> BEHAVIOURS = Arrays.stream(Behaviour.values()).map(Behaviour::name).toList();

	private final Clock clock;

	IncidentRules(Clock clock) {
		this.clock = clock;
	}

	/** Each invalid field and why, in the order of the fields; empty when the incident can be recorded. */
	Map<String, String> problems(String behaviour, String occurredOn, String location, String description) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (behaviour == null || !BEHAVIOURS.contains(behaviour)) {
			problems.put("behaviour", "is one of " + BEHAVIOURS);
		}
		if (occurredOn != null) {
			try {
				if (LocalDate.parse(occurredOn).isAfter(LocalDate.now(clock.withZone(UK)))) {
					problems.put("occurredOn", "cannot be in the future");
				}
			}
			catch (DateTimeParseException notADate) {
				problems.put("occurredOn", "is a date as YYYY-MM-DD");
			}
		}
		if (location != null && location.length() > 500) {
			problems.put("location", "is at most 500 characters");
		}
		if (description != null && description.length() > 4000) {
			problems.put("description", "is at most 4000 characters");
		}
		return problems;
	}

	static List<Map<String, String>> asErrors(Map<String, String> problems) {
		List<Map<String, String>> errors = new ArrayList<>();
		problems.forEach((field, message) -> errors.add(Map.of("field", field, "message", message)));
		return errors;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
