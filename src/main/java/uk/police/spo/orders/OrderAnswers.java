package uk.police.spo.orders;

import static uk.police.spo.system.Answer.field;
import static uk.police.spo.system.Answer.payload;

import uk.police.spo.system.Answer;
import uk.police.spo.system.ProcessMessages;

/** What the SPO application's steps read from their forms and from the court's messages, each named once. */
final class OrderAnswers {

	static final String DECIDE_TO_APPLY = "spo-decide-to-apply";

	static final String DRAFT_TERMS = "spo-draft-order-terms";

	static final String REVIEW = "spo-review-application";

	static final String DECIDE_ON_APPEAL = "spo-decide-on-appeal";

	static final Answer ACTS_ASSOCIATED_WITH_STALKING = field("actsAssociatedWithStalking", DECIDE_TO_APPLY);

	static final Answer ACTS_REASONING = field("actsReasoning", DECIDE_TO_APPLY);

	static final Answer RISK_ASSOCIATED_WITH_STALKING = field("riskAssociatedWithStalking", DECIDE_TO_APPLY);

	static final Answer RISK_REASONING = field("riskReasoning", DECIDE_TO_APPLY);

	static final Answer ORDER_NECESSARY = field("orderNecessary", DECIDE_TO_APPLY);

	static final Answer NECESSITY_REASONING = field("necessityReasoning", DECIDE_TO_APPLY);

	static final Answer APPLY = field("apply", DECIDE_TO_APPLY);

	static final Answer DEFENDANT_UNDER_18 = field("defendantUnder18", DECIDE_TO_APPLY);

	static final Answer DEFENDANT_AREA_CONDITION = field("defendantAreaCondition", DECIDE_TO_APPLY);

	static final Answer ORDER_DURATION = field("orderDuration", DRAFT_TERMS);

	static final Answer DURATION_YEARS = field("durationYears", DRAFT_TERMS);

	static final Answer INTERIM_WANTED = field("interimWanted", DRAFT_TERMS);

	static final Answer REVIEW_DECISION = field("reviewDecision", REVIEW);

	static final Answer SEND_BACK_REASONS = field("sendBackReasons", REVIEW);

	static final Answer APPEAL = field("appeal", DECIDE_ON_APPEAL);

	static final Answer APPEAL_REASONING = field("appealReasoning", DECIDE_ON_APPEAL);

	static final Answer HEARING_ON = payload("hearingOn", ProcessMessages.COURT_HEARING_LISTED);

	static final Answer HEARING_KIND = payload("hearingKind", ProcessMessages.COURT_HEARING_LISTED);

	static final Answer COURT_OUTCOME = payload("courtOutcome", ProcessMessages.COURT_OUTCOME_RECEIVED);

	static final Answer ORDER_ENDS_ON = payload("orderEndsOn", ProcessMessages.COURT_OUTCOME_RECEIVED);

	static final Answer UNTIL_FURTHER_ORDER = payload("untilFurtherOrder", ProcessMessages.COURT_OUTCOME_RECEIVED);

	static final Answer NEXT_HEARING_ON = payload("nextHearingOn", ProcessMessages.COURT_OUTCOME_RECEIVED);

	private OrderAnswers() {
	}

}
