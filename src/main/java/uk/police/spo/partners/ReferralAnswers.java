package uk.police.spo.partners;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.messages.CaseMessageException;

/**
 * A partner's answer to a referral it was sent ({@code REFERRAL_ANSWERED}, formerly {@code PartnerReferralAnswered}):
 * found by the {@code Idempotency-Key} the partner received ({@code referralId}) or by the partner's own
 * acknowledgement id, only among this case's referrals to that partner. The answer and its note go on the case's
 * timeline; the referral becomes ANSWERED. Runs in the inbox's transaction.
 */
@Component
class ReferralAnswers {

	enum Answer {
		ACCEPTED, DECLINED, NEEDS_MORE_INFORMATION
	}

	static final int MAX_NOTE = 400;

	static final int MAX_ACKNOWLEDGEMENT_ID = 100;

	/** What an answer changes of the referral. */
	static final List<String> ANSWER_FIELDS = List.of("referral.status", "referral.updatedAt");

	private final ReferralRepository referrals;

	private final CaseRecords records;

	private final AuditTrail audit;

	private final Clock clock;

	ReferralAnswers(ReferralRepository referrals, CaseRecords records, AuditTrail audit,
			Clock clock) {
		this.referrals = referrals;
		this.records = records;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param legacy the deprecated {@code PartnerReferralAnswered}: the referral id alone, the answer optional
	 */
	void answer(String partner, String caseReference, Map<String, Object> body, boolean legacy) {
		Optional<Answer> answer = answerOrProblem(body, legacy);
		String note = noteOrProblem(body);
		CaseFile caseFile = records.byReference(caseReference).orElseThrow(CaseMessageException::unknownCase);
		ReferralPartner to = PartnerMessageTypes.PARTNERS.get(partner);
		Referral referral = referral(body, caseFile.id(), to, legacy)
			.orElseThrow(() -> CaseMessageException.invalid(List.of(
					(body.containsKey("acknowledgementId") && !legacy ? "body.acknowledgementId" : "body.referralId")
							+ ": not a referral of this case to " + partner)));
		if (referral.status() != ReferralStatus.SENT) {
			throw new CaseMessageException(HttpStatus.CONFLICT,
					"The referral is " + referral.status() + " and cannot be answered now.", List.of());
		}
		referral.answered(clock.instant());
		records.record(caseFile.id(), "REFERRAL_ANSWERED", summary(partner, referral, answer, note));
		audit.recordAtCommit(AuditAction.ALTER, caseFile.reference(), ANSWER_FIELDS, "referral answered by " + partner);
	}

	private Optional<Referral> referral(Map<String, Object> body, UUID caseId, ReferralPartner partner, boolean legacy) {
		Object referralId = body.get("referralId");
		Object acknowledgementId = legacy ? null : body.get("acknowledgementId");
		if ((referralId == null) == (acknowledgementId == null)) {
			throw CaseMessageException.invalid(List.of(legacy ? "body.referralId: the referral's id (the Idempotency-Key)"
					: "body.referralId: give the referral's id (the Idempotency-Key) or body.acknowledgementId, not both"));
		}
		Optional<Referral> found;
		if (referralId != null) {
			found = uuid(referralId).flatMap(referrals::findById);
		}
		else if (!(acknowledgementId instanceof String ack) || ack.isBlank() || ack.length() > MAX_ACKNOWLEDGEMENT_ID) {
			throw CaseMessageException.invalid(
					List.of("body.acknowledgementId: your acknowledgement id, at most " + MAX_ACKNOWLEDGEMENT_ID + " characters"));
		}
		else {
			found = referrals.findIdsByAcknowledgement(ack, caseId.toString(), partner.name())
				.stream()
				.findFirst()
				.flatMap(id -> referrals.findById(UUID.fromString(id)));
		}
		return found.filter(r -> r.caseId().equals(caseId) && r.partner() == partner);
	}

	private static Optional<Answer> answerOrProblem(Map<String, Object> body, boolean legacy) {
		Object answer = body.get("answer");
		if (answer == null && legacy) {
			return Optional.empty();
		}
		return Arrays.stream(Answer.values())
			.filter(a -> a.name().equals(answer))
			.findFirst()
			.map(Optional::of)
			.orElseThrow(() -> CaseMessageException
				.invalid(List.of("body.answer: one of " + Arrays.stream(Answer.values()).map(Enum::name).toList())));
	}

	private static String noteOrProblem(Map<String, Object> body) {
		Object note = body.get("note");
		if (note == null) {
			return null;
		}
		if (!(note instanceof String text) || text.isBlank() || text.length() > MAX_NOTE
				|| text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
			throw CaseMessageException.invalid(
					List.of("body.note: a short text of at most " + MAX_NOTE + " characters, no control characters"));
		}
		return text.strip();
	}

	/** At most the timeline's 500 characters: a long purpose shortens the note's end. */
	private static String summary(String partner, Referral referral, Optional<Answer> answer, String note) {
		String summary = "Referral (" + referral.purpose() + ") answered by " + partner
				+ answer.map(a -> ": " + a.name().replace('_', ' ').toLowerCase()).orElse("")
				+ (note == null ? "" : ". Note: " + note);
		return summary.length() <= 500 ? summary : summary.substring(0, 499) + "\u2026";
	}

	private static Optional<UUID> uuid(Object value) {
		try {
			return Optional.of(UUID.fromString(String.valueOf(value)));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

}
