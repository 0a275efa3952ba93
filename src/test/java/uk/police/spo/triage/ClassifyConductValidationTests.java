package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.police.spo.tasks.FormSubmission;

class ClassifyConductValidationTests {

	final FormSubmission validation = FormSubmission.of("triage-classify-conduct", new ClassifyConductValidation());

	@Test
	void acceptsACompleteClassification() {
		assertThat(validation.problems(values(Map.of()))).isEmpty();
	}

	@Test
	void acceptsTheWholeNumberTasklistMaySendAsADouble() {
		assertThat(validation.problems(values(Map.of("incidentCount", 2.0)))).isEmpty();
		assertThat(validation.problems(values(Map.of("incidentCount", 2.5)))).containsExactly(
				"incidentCount: a whole number from 1 to 999");
	}

	@Test
	void namesEveryMissingField() {
		assertThat(validation.problems(Map.of("fixated", "?", "obsessive", "?", "unwanted", "?", "repeated", "?")))
			.hasSize(6)
			.anyMatch(p -> p.startsWith("fixated:"))
			.anyMatch(p -> p.startsWith("obsessive:"))
			.anyMatch(p -> p.startsWith("unwanted:"))
			.anyMatch(p -> p.startsWith("repeated:"))
			.anyMatch(p -> p.startsWith("incidentCount:"))
			.anyMatch(p -> p.startsWith("classification:"));
	}

	@Test
	void refusesAnUnknownClassificationNoIncidentAndAnOverlongReason() {
		assertThat(validation.problems(values(Map.of("classification", "8Q", "incidentCount", 0))))
			.hasSize(2)
			.anyMatch(p -> p.startsWith("classification:"))
			.anyMatch(p -> p.startsWith("incidentCount:"));
		// the reason is on the form only for harassment
		assertThat(validation.problems(values(Map.of("classification", "HARASSMENT_8L", "harassmentOnlyReason",
				"x".repeat(501))))).singleElement().asString().startsWith("harassmentOnlyReason:");
	}

	@Test
	void refusesAFormerPartnersCourseOfConductRecordedAsAnythingButStalking() {
		for (String classification : new String[] { "MALICIOUS_COMMUNICATIONS", "OTHER", "HARASSMENT_8L" }) {
			assertThat(validation.problems(values(Map.of("formerPartner", true, "classification", classification))))
				.as(classification)
				.singleElement()
				.asString()
				.startsWith("classification: a former partner's course of conduct is recorded as stalking");
		}
	}

	@Test
	void acceptsAFormerPartnersCourseOfConductAsHarassmentOnlyWithAReason() {
		assertThat(validation.problems(values(Map.of("formerPartner", true, "classification", "HARASSMENT_8L",
				"harassmentOnlyReason", "No fixation: a dispute over a debt")))).isEmpty();
		assertThat(validation.problems(values(Map.of("formerPartner", true, "classification", "HARASSMENT_8L",
				"harassmentOnlyReason", "  ")))).hasSize(1);
	}

	@Test
	void leavesASingleIncidentByAFormerPartnerToTheOfficer() {
		assertThat(validation.problems(values(Map.of("formerPartner", true, "incidentCount", 1L, "classification",
				"OTHER")))).isEmpty();
	}

	private static Map<String, Object> values(Map<String, Object> changes) {
		Map<String, Object> values = new HashMap<>(Map.of("fixated", true, "obsessive", false, "unwanted", true,
				"repeated", true, "incidentCount", 3L, "classification", "STALKING_8Q"));
		values.putAll(changes);
		return values;
	}

}
