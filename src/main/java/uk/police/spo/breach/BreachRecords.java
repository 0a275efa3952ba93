package uk.police.spo.breach;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.ScreeningAnswers;
import uk.police.spo.partners.LegalBasis;
import uk.police.spo.partners.RecordedConsent;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.partners.PartnerReferrals;
import uk.police.spo.triage.RiskFactors;
import uk.police.spo.triage.RiskOutcome;
import uk.police.spo.triage.RiskReassessments;

/**
 * Offences against a served order, each a crime in its own right and handled alike: reported breaches and the
 * notification offences (no notification after service, a late change, false information) with their arrest, charge
 * and risk decisions (each reassessment also kept as the case's risk assessment). Also queues
 * referrals for the court and, with the victim's recorded consent, their advocate; the process's send task delivers
 * them.
 */
@Service
public class BreachRecords {

	static final String REFERRAL_PURPOSE = "BREACH_OF_ORDER";

	private final Breaches breaches;

	private final NotificationDeadlines deadlines;

	private final PartnerReferrals referrals;

	private final RecordedConsent consent;

	private final CaseRecords records;

	private final RiskReassessments reassessments;

	private final Clock clock;

	BreachRecords(Breaches breaches, NotificationDeadlines deadlines, PartnerReferrals referrals,
			RecordedConsent consent, CaseRecords records, RiskReassessments reassessments, Clock clock) {
		this.breaches = breaches;
		this.deadlines = deadlines;
		this.referrals = referrals;
		this.consent = consent;
		this.records = records;
		this.reassessments = reassessments;
		this.clock = clock;
	}

	@Transactional
	public UUID reported(UUID caseId, UUID orderId, BreachSource source, Instant occurredAt) {
		Breach breach = breaches.save(Breach.reported(caseId, orderId, source, occurredAt, clock.instant()));
		records.record(caseId, "BREACH_REPORTED", "Breach of the order reported by " + source.name().toLowerCase());
		records.audit(caseId, AuditAction.COLLECT, List.of("breach.occurredAt", "breach.source"), "breach reported");
		return breach.id();
	}

	/** The deadline passed without a notification: an offence from the end of the 3 days after service, to be handled. */
	@Transactional
	public UUID failedToNotify(UUID caseId, UUID orderId) {
		return notificationOffence(caseId, orderId, BreachKind.FAILURE_TO_NOTIFY, deadlines.notificationDue(orderId),
				"No notification within the 3 days beginning with service", "failure to notify recorded");
	}

	/** A change of name or home address notified after its period ({@code due}): an offence from then, to be handled. */
	@Transactional
	public UUID changeNotifiedLate(UUID caseId, UUID orderId, Instant due) {
		return notificationOffence(caseId, orderId, BreachKind.CHANGE_NOTIFIED_LATE, due,
				"Change of name or address notified late", "late notification of a change recorded");
	}

	/** A notification made at {@code notifiedAt} was found false: an offence from then, to be handled. */
	@Transactional
	public UUID falseNotification(UUID caseId, UUID orderId, Instant notifiedAt) {
		return notificationOffence(caseId, orderId, BreachKind.FALSE_NOTIFICATION, notifiedAt,
				"Notification found false", "false notification recorded");
	}

	/**
	 * The defendant, notifying at {@code notifiedAt}, did not allow fingerprints or a photograph the officer asked for
	 * (s.10(5)): an offence (s.11(1)(a)) from then, to be handled; a reasonable excuse is for the investigation to weigh.
	 */
	@Transactional
	public UUID verificationRefused(UUID caseId, UUID orderId, Instant notifiedAt) {
		return notificationOffence(caseId, orderId, BreachKind.VERIFICATION_REFUSED, notifiedAt,
				"Fingerprints or photograph refused when notifying", "refusal of fingerprints or photograph recorded");
	}

	private UUID notificationOffence(UUID caseId, UUID orderId, BreachKind kind, Instant occurredAt, String what,
			String auditPurpose) {
		Breach breach = breaches.save(Breach.notificationOffence(caseId, orderId, kind, occurredAt, clock.instant()));
		records.record(caseId, kind.name(), what + ": an offence (s.11), to be recorded as a crime");
		records.audit(caseId, AuditAction.COLLECT, List.of("breach.kind", "breach.occurredAt"), auditPurpose);
		return breach.id();
	}

	@Transactional
	public void decided(UUID breachId, String crimeReference, String arrestDecision, String chargeDecision) {
		Breach breach = load(breachId);
		breach.recordedAsCrime(crimeReference, arrestDecision, chargeDecision);
		records.record(breach.caseId(), "BREACH_RECORDED", "Breach recorded as crime " + crimeReference + "; arrest: "
				+ arrestDecision + "; charge: " + chargeDecision);
		records.audit(breach.caseId(), AuditAction.ALTER,
				List.of("breach.crimeReference", "breach.arrestDecision", "breach.chargeDecision"), "breach recorded as crime");
	}

	/**
	 * The court always hears of a breach; the victim's advocate only with their recorded consent (a decline of the
	 * advocacy offer at triage stands).
	 */
	@Transactional
	public List<Referral> informCourtAndAdvocacy(UUID caseId) {
		CaseFile caseFile = records.load(caseId);
		List<Referral> queued = new ArrayList<>();
		queued.add(referrals.queue(caseFile.id(), ReferralPartner.COURT, REFERRAL_PURPOSE, LegalBasis.COURT_APPLICATION));
		if (consent.given(caseFile.id(), ReferralPartner.ADVOCACY)) {
			queued.add(referrals.queue(caseFile.id(), ReferralPartner.ADVOCACY, REFERRAL_PURPOSE, LegalBasis.CONSENT));
		}
		records.record(caseId, "REFERRAL_QUEUED",
				"Breach referred to " + queued.stream().map(Referral::partner).toList());
		// queued only: what is disclosed is audited when each referral is delivered
		records.audit(caseId, AuditAction.COLLECT, List.of("referral.partner", "referral.purpose"), "breach referral queued");
		return queued;
	}

	/**
	 * DMN {@code triageRisk} scored the answers given after the breach: the breach keeps the level and the variation
	 * decision, the case gets a risk assessment of its own ({@code BREACH}) and its current level moves.
	 */
	@Transactional
	public void riskReassessed(UUID breachId, RiskFactors factors, ScreeningAnswers screening, RiskOutcome outcome,
			boolean variationNeeded) {
		Breach breach = load(breachId);
		breach.riskReassessed(outcome.riskLevel(), variationNeeded);
		reassessments.afterBreach(breach.caseId(), factors, screening, outcome);
		records.record(breach.caseId(), "BREACH_RISK_REASSESSED", "Breach dealt with: "
				+ (variationNeeded ? "a variation of the order is to be sought" : "the order stands as made"));
		records.audit(breach.caseId(), AuditAction.COLLECT, RiskReassessments.AUDITED_FIELDS,
				"risk reassessment after a breach");
		records.audit(breach.caseId(), AuditAction.ALTER, List.of("breach.riskLevel", "breach.variationNeeded"),
				"risk reassessed after a breach");
	}

	private Breach load(UUID breachId) {
		UUID id = breachId;
		return breaches.findById(id).orElseThrow(() -> new IllegalStateException("No breach with id " + id));
	}


}
