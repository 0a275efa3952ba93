package uk.police.spo.partners.delivery;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.partners.ReferralStatus;
import uk.police.spo.units.CaseAccess;

/**
 * Referrals by status for supervisors ({@code GET /api/referrals?status=FAILED}): their own units' cases only, every
 * unit for administrators; no personal data, only what a referral is and how its delivery went. The reading is
 * audited (CONSULT) in the same transaction: one entry per case shown, or one without a case when none was.
 */
@Service
class ReferralHealth {

	static final int LIMIT = 200;

	static final List<String> FIELDS = List.of("referral.partner", "referral.purpose", "referral.status",
			"referral.attempts", "referral.failureReason");

	static final String PURPOSE = "referral health";

	/** One referral as supervisors see it. */
	record Entry(String referralId, String caseReference, String partner, String kind, String status, int attempts,
			String lastAttemptAt, String lastOutcome, String failureReason, String acknowledgementId,
			String updatedAt) {

		static Entry of(ReferralRow row) {
			var r = row.referral();
			return new Entry(r.id().toString(), row.caseReference(), r.partner().name(), r.purpose(), r.status().name(),
					r.attempts(), r.lastAttemptAt().map(Object::toString).orElse(null), r.lastOutcome().orElse(null),
					r.failureReason().orElse(null), r.acknowledgementId().orElse(null), r.updatedAt().toString());
		}

	}

	private final ReferralRows rows;

	private final CaseAccess access;

	private final AuditTrail audit;

	ReferralHealth(ReferralRows rows, CaseAccess access, AuditTrail audit) {
		this.rows = rows;
		this.access = access;
		this.audit = audit;
	}

	@Transactional
	List<Entry> withStatus(ReferralStatus status) {
		List<ReferralRow> visible = visible(status);
		Set<String> cases = new LinkedHashSet<>();
		visible.forEach(row -> cases.add(row.caseReference()));
		cases.forEach(reference -> audit.record(AuditAction.CONSULT, reference, FIELDS, PURPOSE));
		if (cases.isEmpty()) {
			audit.record(AuditAction.CONSULT, null, FIELDS, PURPOSE);
		}
		return visible.stream().map(Entry::of).toList();
	}

	private List<ReferralRow> visible(ReferralStatus status) {
		PageRequest newest = PageRequest.of(0, LIMIT);
		if (access.seesEveryUnit()) {
			return rows.findByStatus(status, newest);
		}
		List<String> units = access.ownUnits();
		return units.isEmpty() ? List.of() : rows.findByStatusInUnits(status, units, newest);
	}

}
