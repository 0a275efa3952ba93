package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The risk checklist is asked the same way at triage and at every reassessment: the forms that ask it carry
 * {@link RiskChecklist}'s fields with the same types, labels and limits; only triage offers the report's screening
 * answers as the starting point.
 */
class RiskChecklistFormsTests {

	static final List<String> CHECKLIST_FORMS = List.of("forms/triage-screen-risk.form",
			"forms/breach-reassess-risk.form");

	@Test
	void everyFormThatAsksTheChecklistAsksItsFieldsAlike() throws IOException {
		List<String> keys = new ArrayList<>(RiskChecklist.OTHER_QUESTIONS);
		keys.addAll(RiskChecklist.SCREENING_QUESTIONS);
		Map<String, JsonNode> triage = checklist("forms/triage-screen-risk.form", keys);

		for (String form : CHECKLIST_FORMS) {
			Map<String, JsonNode> fields = checklist(form, keys);
			assertThat(fields).as(form).containsOnlyKeys(keys);
			assertThat(fields).as(form).isEqualTo(triage);
			assertThat(fields.get("yesAnswers").path("validate").path("max").asInt()).as(form)
				.isEqualTo(RiskChecklist.DASH_QUESTIONS);
		}
		// no form asks for a count in place of the screening questions themselves
		assertThat(keysOf("forms/breach-reassess-risk.form")).doesNotContain("screeningYes");
	}

	@Test
	void onlyTriageOffersTheReportsScreeningAnswersAsTheStartingPoint() throws IOException {
		Map<String, JsonNode> triage = components("forms/triage-screen-risk.form");
		Map<String, JsonNode> breach = components("forms/breach-reassess-risk.form");

		for (String question : RiskChecklist.SCREENING_QUESTIONS) {
			assertThat(triage.get(question).path("properties").path("prefilled").asText()).isEqualTo("report");
			assertThat(triage.get(question).path("description").asText()).contains("From the report");
			assertThat(breach.get(question).path("properties").isMissingNode()).isTrue();
		}
	}

	/** The checklist's fields of a form, without what only says where a value comes from. */
	private static Map<String, JsonNode> checklist(String form, List<String> keys) throws IOException {
		Map<String, JsonNode> fields = new LinkedHashMap<>();
		components(form).forEach((key, component) -> {
			if (keys.contains(key)) {
				ObjectNode field = component.deepCopy();
				field.remove(List.of("id", "properties", "description"));
				fields.put(key, field);
			}
		});
		return fields;
	}

	private static List<String> keysOf(String form) throws IOException {
		return new ArrayList<>(components(form).keySet());
	}

	private static Map<String, JsonNode> components(String form) throws IOException {
		Map<String, JsonNode> byKey = new LinkedHashMap<>();
		for (JsonNode component : new ObjectMapper().readTree(new File(form)).path("components")) {
			if (component.hasNonNull("key")) {
				byKey.put(component.get("key").asText(), component);
			}
		}
		return byKey;
	}

}
