package uk.police.spo.triage;

import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The inputs of DMN {@code triageRisk}, as the process variables of the same names hold them. */
@Embeddable
public record RiskFactors(
		@Column(name = "yes_answers") int yesAnswers,
		@Column(name = "stalking_question_yes") boolean stalkingQuestionYes,
		@Column(name = "screening_yes") int screeningYes,
		@Column(name = "victim_very_frightened") boolean victimVeryFrightened,
		@Column(name = "threats_of_violence") boolean threatsOfViolence,
		@Column(name = "professional_judgement_high") boolean professionalJudgementHigh,
		@Column(name = "incident_count") int incidentCount,
		@Column(name = "breach_of_order") boolean breachOfOrder,
		@Column(name = "police_call_outs") int policeCallOuts) {

	/** Without police call-outs (none recorded). */
	public RiskFactors(int yesAnswers, boolean stalkingQuestionYes, int screeningYes, boolean victimVeryFrightened,
			boolean threatsOfViolence, boolean professionalJudgementHigh, int incidentCount, boolean breachOfOrder) {
		this(yesAnswers, stalkingQuestionYes, screeningYes, victimVeryFrightened, threatsOfViolence,
				professionalJudgementHigh, incidentCount, breachOfOrder, 0);
	}

	public static RiskFactors of(VariableScope variables) {
		return new RiskFactors(number(variables, "yesAnswers"), yes(variables, "stalkingQuestionYes"),
				number(variables, "screeningYes"), yes(variables, "victimVeryFrightened"),
				yes(variables, "threatsOfViolence"), yes(variables, "professionalJudgementHigh"),
				number(variables, "incidentCount"), yes(variables, "breachOfOrder"), number(variables, "policeCallOuts"));
	}

	/** The same answers, scored as a breach of an order (breachHandling gives the decision {@code breachOfOrder}). */
	public RiskFactors afterABreachOfAnOrder() {
		return new RiskFactors(yesAnswers, stalkingQuestionYes, screeningYes, victimVeryFrightened, threatsOfViolence,
				professionalJudgementHigh, incidentCount, true, policeCallOuts);
	}

	public Map<String, Object> variables() {
		return Map.of("yesAnswers", yesAnswers, "stalkingQuestionYes", stalkingQuestionYes, "screeningYes",
				screeningYes, "victimVeryFrightened", victimVeryFrightened, "threatsOfViolence", threatsOfViolence,
				"professionalJudgementHigh", professionalJudgementHigh, "incidentCount", incidentCount,
				"breachOfOrder", breachOfOrder, "policeCallOuts", policeCallOuts);
	}

	private static int number(VariableScope variables, String name) {
		return variables.getVariable(name) instanceof Number n ? n.intValue() : 0;
	}

	private static boolean yes(VariableScope variables, String name) {
		return Boolean.TRUE.equals(variables.getVariable(name));
	}

}
