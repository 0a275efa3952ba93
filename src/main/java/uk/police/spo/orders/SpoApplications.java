package uk.police.spo.orders;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.partners.LegalBasis;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.partners.PartnerReferrals;

/**
 * The force's side of an SPO application: the decision, the draft, legal review, lodging with the court and the
 * appeal. Each step writes the application, the case timeline (no personal data) and, last, the audit trail.
 */
@Service
class SpoApplications {

	static final String APPLICATION_PURPOSE = "SPO_APPLICATION";

	static final String APPEAL_PURPOSE = "SPO_APPEAL";

	private final SpoApplicationRepository applications;

	private final PartnerReferrals referrals;

	private final CaseRecords cases;

	private final AuditTrail audit;

	private final Clock clock;

	SpoApplications(SpoApplicationRepository applications, PartnerReferrals referrals, CaseRecords cases,
			AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.referrals = referrals;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public UUID decide(UUID caseId, String caseReference, ThreePartTest test, boolean apply, boolean youthCourt,
			AreaCondition areaCondition) {
		SpoApplication application = applications.save(
				SpoApplication.decide(caseId, test, apply, youthCourt, areaCondition, clock.instant()));
		cases.record(caseId, apply ? "SPO_TO_BE_APPLIED_FOR" : "SPO_NOT_APPLIED_FOR",
				apply ? "Decided to apply for a Stalking Protection Order"
						: "Decided not to apply for a Stalking Protection Order");
		audit.recordAtCommit(AuditAction.COLLECT, caseReference, List.of("spoApplication.actsReasoning",
				"spoApplication.riskReasoning", "spoApplication.necessityReasoning"), "SPO decision");
		return application.id();
	}

	@Transactional
	public void draft(UUID applicationId, String caseReference, List<DraftTerm.Wording> terms, boolean interimWanted,
			Integer durationYears) {
		SpoApplication application = load(applicationId);
		application.draft(terms, interimWanted, durationYears);
		cases.record(application.caseId(), "SPO_DRAFTED",
				"SPO application drafted with " + terms.size() + " term(s), sent for legal review");
		audit.recordAtCommit(AuditAction.COLLECT, caseReference, List.of("spoApplication.terms"), "SPO drafting");
	}

	@Transactional
	public void review(UUID applicationId, String caseReference, boolean approved, String sendBackReasons) {
		SpoApplication application = load(applicationId);
		if (approved) {
			application.approve();
			cases.record(application.caseId(), "SPO_APPROVED", "SPO application approved by legal review");
			return;
		}
		application.sendBack(sendBackReasons);
		cases.record(application.caseId(), "SPO_SENT_BACK", "SPO application sent back to drafting by legal review");
		audit.recordAtCommit(AuditAction.COLLECT, caseReference, List.of("spoApplication.sendBackReasons"), "SPO legal review");
	}

	/** Lodging queues the court referral in the same transaction; the process's next step delivers it. */
	@Transactional
	public UUID lodge(UUID applicationId, String caseReference) {
		SpoApplication application = load(applicationId);
		application.lodge(clock.instant());
		Referral referral = referrals.queue(application.caseId(), ReferralPartner.COURT, APPLICATION_PURPOSE,
				LegalBasis.COURT_APPLICATION);
		cases.record(application.caseId(), CaseFile.SPO_LODGED,
				"SPO application lodged with the " + (application.youthCourt() ? "youth" : "magistrates'") + " court");
		// nothing leaves the force here: the send task's delivery audits the DISCLOSE, naming the fields sent
		audit.recordAtCommit(AuditAction.ALTER, caseReference, List.of("spoApplication.lodgedAt"),
				"SPO application lodged; referral to court queued");
		return referral.id();
	}

	@Transactional
	public void decideOnAppeal(UUID applicationId, String caseReference, boolean appeal, String reasoning) {
		SpoApplication application = load(applicationId);
		application.decideOnAppeal(reasoning);
		cases.record(application.caseId(), appeal ? "SPO_TO_BE_APPEALED" : "SPO_NOT_APPEALED",
				appeal ? "Decided to appeal the refusal to the Crown Court" : "Decided not to appeal the refusal");
		audit.recordAtCommit(AuditAction.COLLECT, caseReference, List.of("spoApplication.appealReasoning"), "SPO appeal");
	}

	@Transactional
	public UUID lodgeAppeal(UUID applicationId, String caseReference) {
		SpoApplication application = load(applicationId);
		application.lodgeAppeal();
		Referral referral = referrals.queue(application.caseId(), ReferralPartner.COURT, APPEAL_PURPOSE,
				LegalBasis.COURT_APPLICATION);
		cases.record(application.caseId(), "SPO_APPEAL_LODGED",
				"Appeal against the refusal lodged with the Crown Court");
		audit.recordAtCommit(AuditAction.ALTER, caseReference, List.of("spoApplication.status"),
				"SPO appeal lodged; referral to Crown Court queued");
		return referral.id();
	}

	SpoApplication load(UUID applicationId) {
		UUID id = applicationId;
		return applications.findById(id).orElseThrow(() -> new IllegalStateException("No SPO application " + id));
	}

}
