package uk.police.spo.monitoring;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the defendant notified in person (s.9(2)): the names they use, any other names (aliases) and their home address.
 * Personal data of the defendant: stored encrypted with the notification, never in the engine's variables.
 */
public record NotifiedDetails(List<String> names, List<String> aliases, String homeAddress) {

	public NotifiedDetails {
		names = List.copyOf(names);
		aliases = List.copyOf(aliases);
		Objects.requireNonNull(homeAddress, "homeAddress");
		if (names.isEmpty() || homeAddress.isBlank()) {
			throw new IllegalArgumentException("A notification gives at least one name and a home address");
		}
	}

	/** From the form's text areas: one name per line, blank lines ignored. */
	static NotifiedDetails fromForm(String names, String aliases, String homeAddress) {
		return new NotifiedDetails(lines(names), lines(aliases), homeAddress == null ? "" : homeAddress.strip());
	}

	static List<String> lines(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	static String joined(List<String> lines) {
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

}
