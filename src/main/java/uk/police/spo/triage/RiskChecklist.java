package uk.police.spo.triage;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.ScreeningAnswers;

/**
 * The one risk checklist of triage and of every reassessment (shared/domain.md): how many of the
 * {@value #DASH_QUESTIONS} DASH questions (the SafeLives checklist MARAC referrals use) were answered yes, the
 * stalking question, the stalking screening questions ticked one by one ({@link #SCREENING_QUESTIONS}), the police
 * call-outs of the last 12 months and the officer's professional judgement. DMN {@code triageRisk} holds the
 * thresholds; the forms that ask the checklist ({@code triage-screen-risk}, {@code breach-reassess-risk}) carry the
 * same fields, labels and limits (RiskChecklistFormsTests holds them to this class).
 * <p>
 * Potential escalation, the third MARAC criterion, is as many police call-outs in 12 months as
 * {@code spo.risk.escalation-call-outs}: every task that scores the risk gives it to the decision as
 * {@code escalationCallOuts}, {@code ${riskChecklist.escalationCallOuts()}}.
 */
@Component("riskChecklist")
public class RiskChecklist {

	/** The DASH questions (SafeLives, 24): 14 or more yes answers make a case high risk (DMN triageRisk). */
	public static final int DASH_QUESTIONS = 24;

	/** The stalking screening questions, by their form keys (the process variables of the answers). */
	public static final List<String> SCREENING_QUESTIONS = ScreeningQuestions.KEYS;

	/** The checklist's other fields, by their form keys. */
	public static final List<String> OTHER_QUESTIONS = List.of("yesAnswers", RiskFactors.STALKING_QUESTION, "policeCallOuts",
			"professionalJudgementHigh");

	private final int escalationCallOuts;

	public RiskChecklist(@Value("${spo.risk.escalation-call-outs}") int escalationCallOuts) {
		if (escalationCallOuts < 1) {
			throw new IllegalArgumentException(
					"spo.risk.escalation-call-outs must be 1 or more, not " + escalationCallOuts);
		}
		this.escalationCallOuts = escalationCallOuts;
	}

	/** The police call-outs in 12 months that show potential escalation, for DMN triageRisk. */
	public int escalationCallOuts() {
		return escalationCallOuts;
	}

	/** The screening answers as the checklist's fields hold them (null where not answered). */
	public static ScreeningAnswers screening(VariableScope variables) {
		return ScreeningQuestions.answers(variables);
	}

}
