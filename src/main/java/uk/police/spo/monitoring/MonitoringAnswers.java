package uk.police.spo.monitoring;

import static uk.police.spo.system.Answer.field;
import static uk.police.spo.system.Answer.payload;

import uk.police.spo.system.Answer;
import uk.police.spo.system.ProcessMessages;

/** What order monitoring's steps read from their forms and from the case messages, each named once. */
final class MonitoringAnswers {

	static final String ACKNOWLEDGE_NOTIFICATION = "monitoring-acknowledge-notification";

	static final String ACKNOWLEDGE_CHANGE = "monitoring-acknowledge-change";

	static final String REVIEW_ORDER = "monitoring-review-order";

	static final Answer SERVED_AT = payload("servedAt", ProcessMessages.ORDER_SERVED);

	static final Answer NOTIFIED_AT = payload("notifiedAt", ProcessMessages.NOTIFICATION_RECEIVED,
			ProcessMessages.CHANGE_NOTIFICATION_RECEIVED);

	static final Answer CHANGED_ON = payload("changedOn", ProcessMessages.CHANGE_NOTIFICATION_RECEIVED);

	/** The day (UK time) the notification found false was made; needed once the case has more than one. */
	static final Answer NOTIFICATION_MADE_ON = payload("notificationMadeOn", ProcessMessages.NOTIFICATION_FOUND_FALSE);

	static final Answer REPORTED_BY = payload("reportedBy", ProcessMessages.BREACH_REPORTED);

	static final Answer BREACH_OCCURRED_AT = payload("breachOccurredAt", ProcessMessages.BREACH_REPORTED);

	static final Answer NOTIFIED_NAMES = field("notifiedNames", ACKNOWLEDGE_NOTIFICATION, ACKNOWLEDGE_CHANGE);

	static final Answer NOTIFIED_ALIASES = field("notifiedAliases", ACKNOWLEDGE_NOTIFICATION, ACKNOWLEDGE_CHANGE);

	static final Answer NOTIFIED_HOME_ADDRESS = field("notifiedHomeAddress", ACKNOWLEDGE_NOTIFICATION,
			ACKNOWLEDGE_CHANGE);

	static final Answer FINGERPRINTS = field("fingerprints", ACKNOWLEDGE_NOTIFICATION, ACKNOWLEDGE_CHANGE);

	static final Answer PHOTOGRAPH = field("photograph", ACKNOWLEDGE_NOTIFICATION, ACKNOWLEDGE_CHANGE);

	static final Answer CHANGE_NOTIFIED = field("changeNotified", ACKNOWLEDGE_CHANGE);

	static final Answer ORDER_COMPLIANCE = field("orderCompliance", REVIEW_ORDER);

	static final Answer VICTIM_CONTACT = field("victimContact", REVIEW_ORDER);

	static final Answer BREACH_OCCURRED_ON = field("breachOccurredOn", REVIEW_ORDER);

	static final Answer VARIATION_APPLICANT = field("variationApplicant", "monitoring-prepare-variation")
		.orPayloadOf(ProcessMessages.VARIATION_REQUESTED);

	static final Answer VARIATION_DECISION = field("variationDecision", "monitoring-variation-outcome");

	static final Answer VARIATION_DECIDED_ON = field("variationDecidedOn", "monitoring-variation-outcome");

	static final Answer DISCHARGE_APPLICANT = field("dischargeApplicant", "monitoring-prepare-discharge")
		.orPayloadOf(ProcessMessages.DISCHARGE_REQUESTED);

	static final Answer DISCHARGE_DECISION = field("dischargeDecision", "monitoring-discharge-outcome");

	static final Answer DISCHARGE_DECIDED_ON = field("dischargeDecidedOn", "monitoring-discharge-outcome");

	static final Answer RENEWAL_DECISION = field("renewalDecision", "monitoring-renewal-outcome");

	static final Answer RENEWED_UNTIL_FURTHER_ORDER = field("renewedUntilFurtherOrder", "monitoring-renewal-outcome");

	static final Answer RENEWED_ENDS_ON = field("renewedEndsOn", "monitoring-renewal-outcome");

	static final Answer RENEWAL_DECIDED_ON = field("renewalDecidedOn", "monitoring-renewal-outcome");

	private MonitoringAnswers() {
	}

}
