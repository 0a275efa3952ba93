package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.police.spo.tasks.FormSubmission;

class ClassifyConductValidationTests {

	static final List<String> EXPLICIT_ANSWERS = List.of("stalkingQuestion", "fixated", "obsessive", "unwanted",
			"repeated");

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
		assertThat(validation.problems(Map.of()))
			.hasSize(9)
			.anyMatch(p -> p.startsWith("stalkingQuestion:"))
			.anyMatch(p -> p.startsWith("fixated:"))
			.anyMatch(p -> p.startsWith("obsessive:"))
			.anyMatch(p -> p.startsWith("unwanted:"))
			.anyMatch(p -> p.startsWith("repeated:"))
			.anyMatch(p -> p.startsWith("incidentCount:"))
			.anyMatch(p -> p.startsWith("classification:"))
			.anyMatch(p -> p.startsWith("conductCrimeReference:"))
			.anyMatch(p -> p.startsWith("otherOffence:"));
	}

	@Test
	void anUntouchedOrUntickedAnswerDoesNotPassAsNo() {
		for (String question : EXPLICIT_ANSWERS) {
			// harassment, so that no reason for stalking without FOUR is asked as well
			Map<String, Object> untouched = values(Map.of("classification", "HARASSMENT_8L"));
			untouched.remove(question);
			assertThat(validation.problems(untouched)).as(question + " left out").containsExactly(question + ": required");
			// what the form's checkboxes used to send for an unticked box
			assertThat(validation.problems(values(Map.of(question, false, "classification", "HARASSMENT_8L"))))
				.as(question + " as a box")
				.singleElement()
				.asString()
				.startsWith(question + ": choose one of [YES, NO, NOT_KNOWN]");
		}
		assertThat(validation.problems(values(Map.of("fixated", "NOT_KNOWN", "classification", "HARASSMENT_8L"))))
			.isEmpty();
	}

	@Test
	void stalkingWithoutEveryPartOfFourYesNeedsAReason() {
		for (String part : List.of("fixated", "obsessive", "unwanted", "repeated")) {
			for (String answer : List.of("NO", "NOT_KNOWN")) {
				assertThat(validation.problems(values(Map.of(part, answer)))).as(part + " " + answer)
					.containsExactly("stalkingWithoutFourReason: required");
			}
		}
		assertThat(validation.problems(values(Map.of("obsessive", "NOT_KNOWN", "stalkingWithoutFourReason",
				"Fixation and obsession shown by 40 messages a day; obsession not yet explored with the victim"))))
			.isEmpty();
		assertThat(validation.problems(values(Map.of("obsessive", "NO", "stalkingWithoutFourReason", "x".repeat(501)))))
			.singleElement()
			.asString()
			.startsWith("stalkingWithoutFourReason:");
	}

	@Test
	void theMostSeriousOtherOffenceIsRecordedWithACrimeReferenceOfItsOwn() {
		assertThat(validation.problems(values(Map.of("otherOffence", "CRIMINAL_DAMAGE"))))
			.containsExactly("otherOffenceCrimeReference: required");
		assertThat(validation.problems(values(Map.of("otherOffence", "CRIMINAL_DAMAGE", "otherOffenceCrimeReference",
				"41/12345/26")))).singleElement()
			.asString()
			.startsWith("otherOffenceCrimeReference: each other offence is a crime of its own");
		assertThat(validation.problems(values(Map.of("otherOffence", "CRIMINAL_DAMAGE", "otherOffenceCrimeReference",
				"41/12346/26")))).isEmpty();
		assertThat(validation.problems(values(Map.of("conductCrimeReference", "41/12345/26", "otherOffence",
				"CRIMINAL_DAMAGE", "otherOffenceCrimeReference", "41/12346/26", "otherOffence2", "BURGLARY",
				"otherOffence2CrimeReference", "41/12347/26", "otherOffence3", "COMMON_ASSAULT",
				"otherOffence3CrimeReference", "41/12347/26")))).singleElement()
			.asString()
			.startsWith("otherOffence3CrimeReference: each other offence is a crime of its own");
		assertThat(validation.problems(values(Map.of("otherOffence", "CRIMINAL_DAMAGE", "otherOffenceCrimeReference",
				"41/12346/26", "otherOffence2", "BURGLARY", "otherOffence2CrimeReference", "41/12347/26a"))))
			.singleElement()
			.asString()
			.startsWith("otherOffence2CrimeReference: write it as the form says");
		assertThat(validation.problems(values(Map.of("conductCrimeReference", "not a reference"))))
			.singleElement()
			.asString()
			.startsWith("conductCrimeReference:");
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
		Map<String, Object> values = new HashMap<>(Map.of("stalkingQuestion", "YES", "fixated", "YES", "obsessive",
				"YES", "unwanted", "YES", "repeated", "YES", "incidentCount", 3L, "classification", "STALKING_8Q",
				"conductCrimeReference", "41/12345/26", "otherOffence", "NONE"));
		values.putAll(changes);
		return values;
	}

}
