package uk.police.spo.partners.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralStatus;
import uk.police.spo.units.CaseAccess;

/**
 * A supervisor of the case's unit sends a FAILED referral again ({@code POST /api/referrals/{id}/resend}): it is
 * QUEUED again under the same idempotency key, so a partner that took it after all sees a repeat. When its send task
 * still stands in an incident (retries ran out), that job gets one more retry and the process goes on once it is
 * delivered; otherwise (refused for good, the process went on) process {@code referralResend} delivers it with the
 * same send step. Either way the attempt is a job, retried and visible as any other.
 */
@Service
class ReferralResends {

	static final String PROCESS = "referralResend";

	private final ReferralRows rows;

	private final CaseAccess access;

	private final CaseRecords records;

	private final AuditTrail audit;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final Clock clock;

	ReferralResends(ReferralRows rows, CaseAccess access, CaseRecords records, AuditTrail audit, RuntimeService runtime,
			ManagementService management, Clock clock) {
		this.rows = rows;
		this.access = access;
		this.records = records;
		this.audit = audit;
		this.runtime = runtime;
		this.management = management;
		this.clock = clock;
	}

	@Transactional
	ReferralHealth.Entry resend(UUID referralId) {
		ReferralRow row = rows.findRow(referralId)
			.filter(found -> access.maySee(found.caseUnit()))
			.orElseThrow(ReferralRefusal::notFound);
		if (!access.maySupervise(row.caseUnit())) {
			throw ReferralRefusal.forbidden("Only a supervisor of the case's unit may send a referral again.");
		}
		Referral referral = row.referral();
		if (referral.status() != ReferralStatus.FAILED) {
			throw ReferralRefusal.conflict(
					"The referral is " + referral.status() + "; only a FAILED referral can be sent again.");
		}
		referral.resend(clock.instant());
		records.record(referral.caseId(), "REFERRAL_RESENT", ReferralDelivery.label(referral) + " to be sent again");
		startDelivery(referral, row.caseReference());
		audit.recordAtCommit(AuditAction.ALTER, row.caseReference(), List.of("referral.status"), "referral sent again");
		return ReferralHealth.Entry.of(row);
	}

	private void startDelivery(Referral referral, String caseReference) {
		String id = referral.id().toString();
		Optional<Job> stuck = runtime.createExecutionQuery()
			.variableValueEquals(DeliverReferralDelegate.REFERRAL_ID, id)
			.list()
			.stream()
			.map(execution -> management.createJobQuery().executionId(execution.getId()).noRetriesLeft().singleResult())
			.filter(Objects::nonNull)
			.findFirst();
		if (stuck.isPresent()) {
			management.setJobRetries(stuck.get().getId(), 1);
			return;
		}
		runtime.startProcessInstanceByKey(PROCESS, caseReference, Map.of(DeliverReferralDelegate.REFERRAL_ID, id,
				"caseId", referral.caseId().toString()));
	}

}
