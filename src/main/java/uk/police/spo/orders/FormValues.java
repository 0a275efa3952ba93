package uk.police.spo.orders;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Reading what the SPO forms and court messages submit: YES/NO radios, texts, numbers and ISO dates. */
final class FormValues {

	static final List<String> YES_NO = List.of("YES", "NO");

	static final int MAX_TEXT = 2000;

	private FormValues() {
	}

	static boolean yes(Object value) {
		return "YES".equals(value);
	}

	static boolean yesOrNo(Object value) {
		return oneOf(YES_NO, value);
	}

	/** Whether {@code value} is one of {@code choices}; a missing value is none of them. */
	static boolean oneOf(List<String> choices, Object value) {
		return value != null && choices.contains(value);
	}

	static boolean hasText(Object value) {
		return value instanceof String text && !text.isBlank();
	}

	/** Absent, or text within the length the tables hold. */
	static boolean fitsText(Object value) {
		return value == null || value instanceof String text && text.length() <= MAX_TEXT;
	}

	static String text(Object value) {
		return hasText(value) ? ((String) value).strip() : null;
	}

	static Optional<LocalDate> isoDate(Object value) {
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

	static LocalDate date(Object value) {
		return value == null ? null
				: isoDate(value).orElseThrow(() -> new IllegalArgumentException("Not an ISO date (yyyy-MM-dd)"));
	}

}
