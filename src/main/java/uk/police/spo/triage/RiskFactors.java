package uk.police.spo.triage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The inputs of DMN {@code triageRisk}, as the process variables of the same names hold them. The checklist's
 * stalking question ({@code dashStalkingQuestion}) is answered {@code YES}, {@code NO} or {@code NOT_KNOWN}.
 */
@Embeddable
public record RiskFactors(
		@Column(name = "yes_answers") int yesAnswers,
		@Column(name = "stalking_question") String stalkingQuestion,
		@Column(name = "screening_yes") int screeningYes,
		@Column(name = "victim_very_frightened") boolean victimVeryFrightened,
		@Column(name = "threats_of_violence") boolean threatsOfViolence,
		@Column(name = "professional_judgement_high") boolean professionalJudgementHigh,
		@Column(name = "incident_count") int incidentCount,
		@Column(name = "breach_of_order") boolean breachOfOrder,
		@Column(name = "police_call_outs") int policeCallOuts) {

	/** The process variable (and form key) of the checklist's stalking question. */
	public static final String STALKING_QUESTION = "dashStalkingQuestion";

	/** The earlier form's box for the same question, still held by an instance that answered it. */
	private static final String EARLIER_STALKING_BOX = "stalkingQuestionYes";

	/** Without police call-outs (none recorded). */
	public RiskFactors(int yesAnswers, String stalkingQuestion, int screeningYes, boolean victimVeryFrightened,
			boolean threatsOfViolence, boolean professionalJudgementHigh, int incidentCount, boolean breachOfOrder) {
		this(yesAnswers, stalkingQuestion, screeningYes, victimVeryFrightened, threatsOfViolence,
				professionalJudgementHigh, incidentCount, breachOfOrder, 0);
	}

	public static RiskFactors of(VariableScope variables) {
		return new RiskFactors(number(variables, "yesAnswers"), stalkingQuestion(variables),
				number(variables, "screeningYes"), yes(variables, "victimVeryFrightened"),
				yes(variables, "threatsOfViolence"), yes(variables, "professionalJudgementHigh"),
				number(variables, "incidentCount"), yes(variables, "breachOfOrder"), number(variables, "policeCallOuts"));
	}

	/** The same answers, scored as a breach of an order (breachHandling gives the decision {@code breachOfOrder}). */
	public RiskFactors afterABreachOfAnOrder() {
		return new RiskFactors(yesAnswers, stalkingQuestion, screeningYes, victimVeryFrightened, threatsOfViolence,
				professionalJudgementHigh, incidentCount, true, policeCallOuts);
	}

	/**
	 * The answer; an instance that answered the earlier form, whose stalking question was a box, holds
	 * {@code stalkingQuestionYes}: a ticked box reads as YES, an unticked one as NOT_KNOWN (it cannot tell "no" from
	 * "not asked"), as the stored assessments of that form were kept (V33).
	 */
	private static String stalkingQuestion(VariableScope variables) {
		if (variables.getVariable(STALKING_QUESTION) instanceof String answer) {
			return answer;
		}
		if (variables.getVariable(EARLIER_STALKING_BOX) instanceof Boolean ticked) {
			return ticked ? "YES" : "NOT_KNOWN";
		}
		return null;
	}

	private static int number(VariableScope variables, String name) {
		return variables.getVariable(name) instanceof Number n ? n.intValue() : 0;
	}

	private static boolean yes(VariableScope variables, String name) {
		return Boolean.TRUE.equals(variables.getVariable(name));
	}

}
