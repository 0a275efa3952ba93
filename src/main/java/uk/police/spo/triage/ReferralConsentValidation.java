package uk.police.spo.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.tasks.TaskFormValidator;

/**
 * What {@code Task_RecordReferralConsent} must submit: the victim's answer to each referral offered (process variables
 * {@code housingOffered}, {@code advocacyOffered}), so that nothing is shared on a guess.
 */
@Component
class ReferralConsentValidation implements TaskFormValidator {

	static final String ACCEPTED = "ACCEPTED";

	static final List<String> ANSWER_VALUES = List.of(ACCEPTED, "DECLINED");

	/** Which form key holds the answer to an offer to which partner. */
	static final Map<ReferralPartner, String> ANSWERS = Map.of(ReferralPartner.HOUSING, "housingReferralAnswer",
			ReferralPartner.ADVOCACY, "advocacyReferralAnswer");

	private static final Map<String, String> OFFERED = Map.of("housingReferralAnswer", "housingOffered",
			"advocacyReferralAnswer", "advocacyOffered");

	@Override
	public String taskDefinitionKey() {
		return "Task_RecordReferralConsent";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		OFFERED.forEach((answerKey, offeredKey) -> {
			Object answer = values.get(answerKey);
			if (answer == null ? Boolean.TRUE.equals(values.get(offeredKey)) : !ANSWER_VALUES.contains(answer)) {
				problems.add(answerKey + ": record the victim's answer, one of " + ANSWER_VALUES);
			}
		});
		return problems;
	}

}
