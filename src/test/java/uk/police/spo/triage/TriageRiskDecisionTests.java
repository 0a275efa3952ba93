package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DMN triageRisk, rule by rule, from a case with no risk factor at all. */
class TriageRiskDecisionTests {

	static DmnDecision decision;

	static DmnEngine dmn;

	@BeforeAll
	static void parse() throws IOException {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream file = new FileInputStream("processes/triageRisk.dmn")) {
			decision = dmn.parseDecision("triageRisk", file);
		}
	}

	@Test
	void shouldGiveStandardRiskAndNoFlagsWithoutRiskFactors() {
		assertThat(decide(Map.of())).containsEntry("riskLevel", "STANDARD")
			.containsEntry("maracReferral", false)
			.containsEntry("considerSpo", false)
			.containsEntry("urgentSafeguarding", false);
	}

	@Test
	void shouldMakeFourteenDashYesAnswersHighRiskWithMaracAndUrgentSafeguarding() {
		assertThat(decide(Map.of("yesAnswers", 14))).containsEntry("riskLevel", "HIGH")
			.containsEntry("maracReferral", true)
			.containsEntry("urgentSafeguarding", true);
		assertThat(decide(Map.of("yesAnswers", 13))).containsEntry("riskLevel", "MEDIUM");
	}

	@Test
	void shouldMakeProfessionalJudgementAloneHighRiskWithMarac() {
		assertThat(decide(Map.of("professionalJudgementHigh", true))).containsEntry("riskLevel", "HIGH")
			.containsEntry("maracReferral", true);
	}

	@Test
	void shouldMakePotentialEscalationHighRiskWithMaracAtTheConfiguredNumberOfCallOuts() {
		// the third MARAC criterion: police call-outs in 12 months, as many as spo.risk.escalation-call-outs
		assertThat(decide(Map.of("policeCallOuts", 3, "escalationCallOuts", 3))).containsEntry("riskLevel", "HIGH")
			.containsEntry("maracReferral", true)
			.containsEntry("urgentSafeguarding", true);
		assertThat(decide(Map.of("policeCallOuts", 2, "escalationCallOuts", 3))).containsEntry("riskLevel", "STANDARD");
		assertThat(decide(Map.of("policeCallOuts", 2, "escalationCallOuts", 2))).containsEntry("riskLevel", "HIGH");
	}

	@Test
	void shouldMakeABreachAtLeastMediumAndConsiderAnOrder() {
		assertThat(decide(Map.of("breachOfOrder", true))).containsEntry("riskLevel", "MEDIUM")
			.containsEntry("considerSpo", true)
			.containsEntry("maracReferral", false);
		assertThat(decide(Map.of("breachOfOrder", true, "yesAnswers", 15))).containsEntry("riskLevel", "HIGH");
	}

	@Test
	void shouldMakeThreatsOfViolenceMediumWithUrgentSafeguarding() {
		assertThat(decide(Map.of("threatsOfViolence", true))).containsEntry("riskLevel", "MEDIUM")
			.containsEntry("urgentSafeguarding", true)
			.containsEntry("maracReferral", false);
	}

	@Test
	void shouldMakeTenToThirteenDashYesAnswersMedium() {
		assertThat(decide(Map.of("yesAnswers", 10))).containsEntry("riskLevel", "MEDIUM")
			.containsEntry("urgentSafeguarding", false);
		assertThat(decide(Map.of("yesAnswers", 9))).containsEntry("riskLevel", "STANDARD");
	}

	@Test
	void shouldMakeFourScreeningYesAnswersMedium() {
		assertThat(decide(Map.of("screeningYes", 4))).containsEntry("riskLevel", "MEDIUM");
		assertThat(decide(Map.of("screeningYes", 3))).containsEntry("riskLevel", "STANDARD");
	}

	@Test
	void shouldConsiderAnSpoForStalkingWithACourseOfConduct() {
		assertThat(decide(Map.of("dashStalkingQuestion", "YES", "incidentCount", 2))).containsEntry("considerSpo", true)
			.containsEntry("riskLevel", "STANDARD");
		assertThat(decide(Map.of("dashStalkingQuestion", "YES", "incidentCount", 1))).containsEntry("considerSpo", false);
		assertThat(decide(Map.of("incidentCount", 5))).containsEntry("considerSpo", false);
	}

	@Test
	void shouldConsiderAnSpoWhenTheStalkingQuestionIsNotKnownAsWhenItIsYes() {
		assertThat(decide(Map.of("dashStalkingQuestion", "NOT_KNOWN", "incidentCount", 2)))
			.containsEntry("considerSpo", true);
		assertThat(decide(Map.of("dashStalkingQuestion", "NOT_KNOWN", "victimVeryFrightened", true)))
			.containsEntry("considerSpo", true);
		assertThat(decide(Map.of("dashStalkingQuestion", "NO", "incidentCount", 2, "victimVeryFrightened", true)))
			.containsEntry("considerSpo", false);
		// not known is no DASH yes answer: the level is what the other answers make it
		assertThat(decide(Map.of("dashStalkingQuestion", "NOT_KNOWN", "incidentCount", 2)))
			.containsEntry("riskLevel", "STANDARD");
	}

	@Test
	void shouldConsiderAnSpoForStalkingWhenTheVictimIsVeryFrightened() {
		assertThat(decide(Map.of("dashStalkingQuestion", "YES", "victimVeryFrightened", true)))
			.containsEntry("considerSpo", true);
		assertThat(decide(Map.of("victimVeryFrightened", true))).containsEntry("considerSpo", false);
	}

	private static Map<String, Object> decide(Map<String, Object> given) {
		Map<String, Object> variables = new HashMap<>(Map.of("yesAnswers", 0, "dashStalkingQuestion", "NO",
				"screeningYes", 0, "victimVeryFrightened", false, "threatsOfViolence", false,
				"professionalJudgementHigh", false, "incidentCount", 1, "breachOfOrder", false));
		variables.putAll(given);
		DmnDecisionResultEntries result = dmn.evaluateDecision(decision, variables).getSingleResult();
		return result.getEntryMap();
	}

}
