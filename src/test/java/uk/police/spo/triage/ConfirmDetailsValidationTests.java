package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConfirmDetailsValidationTests {

	final ConfirmDetailsValidation validation = new ConfirmDetailsValidation();

	@Test
	void acceptsAConfirmedSubmissionWithASafeContactMethod() {
		assertThat(validation.problems(Map.of("detailsConfirmed", true, "safeContactMethod", "NONE"))).isEmpty();
	}

	@Test
	void namesEveryMissingField() {
		assertThat(validation.problems(Map.of())).hasSize(2)
			.anyMatch(p -> p.startsWith("detailsConfirmed:"))
			.anyMatch(p -> p.startsWith("safeContactMethod:"));
	}

	@Test
	void refusesAnUnknownContactMethodAndAnOverlongNote() {
		Map<String, Object> values = new HashMap<>(Map.of("detailsConfirmed", true, "safeContactMethod", "POST"));
		values.put("triageNote", "x".repeat(2001));

		assertThat(validation.problems(values)).hasSize(2)
			.anyMatch(p -> p.startsWith("safeContactMethod:"))
			.anyMatch(p -> p.startsWith("triageNote:"));
	}

}
