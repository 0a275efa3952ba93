package uk.police.spo.partners;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;

/**
 * Whether the victim has consented to sharing with a partner: the latest of their recorded answers about that
 * partner, an accepted or declined offer of a referral (triage) or a withdrawal of consent (recorded by an officer).
 * Without any, there is no consent: the report's tick, which a third party may have given, is not the victim's. A
 * decline at triage therefore also stops a later referral to the same partner (after a breach), and a withdrawal stops
 * every referral to the partner not yet delivered, since delivery asks again (partners.delivery.ReferralBasis).
 */
@Service
public class RecordedConsent {

	/** The partners a referral goes to on the victim's consent. */
	public static final List<ReferralPartner> ON_CONSENT = List.of(ReferralPartner.HOUSING, ReferralPartner.ADVOCACY);

	private final ReferralRepository referrals;

	private final ConsentWithdrawals withdrawals;

	private final CaseRecords cases;

	private final Clock clock;

	RecordedConsent(ReferralRepository referrals, ConsentWithdrawals withdrawals, CaseRecords cases, Clock clock) {
		this.referrals = referrals;
		this.withdrawals = withdrawals;
		this.cases = cases;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean given(UUID caseId, ReferralPartner partner) {
		Stream<Answer> answers = referrals.findByCaseIdOrderByCreatedAt(caseId)
			.stream()
			.filter(referral -> referral.partner() == partner)
			.map(RecordedConsent::answer)
			.flatMap(Optional::stream);
		Stream<Answer> withdrawn = withdrawals.findByCaseIdAndPartner(caseId, partner)
			.stream()
			.map(withdrawal -> new Answer(false, withdrawal.withdrawnAt()));
		// at the same instant a withdrawal (false) comes after a consent: the refusal stands
		return Stream.concat(answers, withdrawn)
			.max(Comparator.comparing(Answer::at).thenComparing(answer -> !answer.yes()))
			.map(Answer::yes)
			.orElse(false);
	}

	/**
	 * The victim withdraws their consent to referrals to {@code partner} (housing or advocacy): recorded with the
	 * officer and the time, on the case's timeline and in the audit log. A referral already delivered stays so.
	 * @throws IllegalArgumentException for a partner that is not referred to on consent
	 */
	@Transactional
	public ConsentWithdrawal withdraw(CaseFile caseFile, ReferralPartner partner) {
		if (!ON_CONSENT.contains(partner)) {
			throw new IllegalArgumentException(partner + " is not referred to on the victim's consent");
		}
		ConsentWithdrawal withdrawal = withdrawals
			.save(new ConsentWithdrawal(caseFile.id(), partner, clock.instant(), cases.actor()));
		cases.record(caseFile.id(), "CONSENT_WITHDRAWN", "The victim withdrew their consent to referrals to " + partner
				+ ": referrals to it not yet delivered will not be sent");
		cases.audit(caseFile.id(), AuditAction.ALTER, List.of("referral.consent"), "consent withdrawn");
		return withdrawal;
	}

	private static Optional<Answer> answer(Referral referral) {
		if (referral.status() == ReferralStatus.DECLINED) {
			return Optional.of(new Answer(false, referral.updatedAt()));
		}
		return referral.consentGivenAt().map(at -> new Answer(true, at));
	}

	private record Answer(boolean yes, Instant at) {
	}

}
