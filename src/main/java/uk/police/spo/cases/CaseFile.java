package uk.police.spo.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stalking or harassment case, from report to closure. The root of the case aggregate. */
@Entity
@Table(name = "case_file")
public class CaseFile {

	/** The timeline entry of triage's completion (triage.TriageRecords writes it). */
	public static final String TRIAGE_COMPLETED = "TRIAGE_COMPLETED";

	/** The timeline entry of an SPO application's lodging (orders.SpoApplications writes it). */
	public static final String SPO_LODGED = "SPO_LODGED";

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(nullable = false, unique = true)
	private String reference;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CaseStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "reporter_type", nullable = false)
	private ReporterType reporterType;

	@Column(name = "immediate_danger", nullable = false)
	private boolean immediateDanger;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Relationship relationship;

	@Column(name = "consent_partner_referral", nullable = false)
	private boolean consentToPartnerReferral;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	private String impact;

	@Embedded
	private ScreeningAnswers screening;

	@Column(name = "earlier_case_id")
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID earlierCaseId;

	@Column(name = "unit_code")
	private String unitCode;

	private String classification;

	@Embedded
	private ConductClassification conduct;

	@ElementCollection
	@CollectionTable(name = "case_other_offence", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<OtherOffence> otherOffences = new ArrayList<>();

	@Column(name = "risk_level")
	private String riskLevel;

	/** When triage was first completed (the first TRIAGE_COMPLETED entry): the dashboard's lead time reads it. */
	@Column(name = "triaged_at")
	private Instant triagedAt;

	/** When an SPO application was first lodged (the first SPO_LODGED entry): likewise. */
	@Column(name = "applied_at")
	private Instant appliedAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false)
	private List<CasePerson> people = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderBy("position")
	private List<Incident> incidents = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderBy("occurredAt")
	private List<TimelineEntry> timeline = new ArrayList<>();

	protected CaseFile() {
	}

	public CaseFile(String reference, ReporterType reporterType, boolean immediateDanger, Relationship relationship,
			boolean consentToPartnerReferral, Instant receivedAt) {
		this.id = UUID.randomUUID();
		this.reference = reference;
		this.status = CaseStatus.REPORTED;
		this.reporterType = reporterType;
		this.immediateDanger = immediateDanger;
		this.relationship = relationship;
		this.consentToPartnerReferral = consentToPartnerReferral;
		this.receivedAt = receivedAt;
	}

	public void addPerson(CasePerson person) {
		people.add(person);
	}

	public void addIncident(Incident incident) {
		incident.placeAt(incidents.size());
		incidents.add(incident);
	}

	public void record(TimelineEntry entry) {
		timeline.add(entry);
		if (TRIAGE_COMPLETED.equals(entry.kind()) && triagedAt == null) {
			triagedAt = entry.occurredAt();
		}
		if (SPO_LODGED.equals(entry.kind()) && appliedAt == null) {
			appliedAt = entry.occurredAt();
		}
	}

	public void describeImpact(String impact, ScreeningAnswers screening) {
		this.impact = impact;
		this.screening = screening;
	}

	/** A report that adds information to an earlier case, quoted by its reference. */
	public void followOn(CaseFile earlier) {
		this.earlierCaseId = earlier.id();
	}

	/** The unit (policing area) whose officers work this case. */
	public void assignTo(String unitCode) {
		this.unitCode = unitCode;
	}

	/**
	 * Triage's outcome: the Home Office classification (STALKING_8Q, ...) and the risk level (STANDARD, ...); then
	 * {@link CaseRecords#riskChanged}.
	 */
	public void triaged(String classification, String riskLevel) {
		this.classification = classification;
		this.riskLevel = riskLevel;
	}

	/** Triage's answers behind the classification, and the crimes recorded with their references. */
	public void classified(ConductClassification conduct, List<OtherOffence> otherOffences) {
		if (otherOffences.size() > OtherOffence.MOST) {
			throw new IllegalArgumentException("At most " + OtherOffence.MOST + " other offences, not "
					+ otherOffences.size());
		}
		this.conduct = conduct;
		this.otherOffences.clear();
		this.otherOffences.addAll(otherOffences);
	}

	/**
	 * A reassessment after triage (after a breach, ...): the case's current risk level; the classification stays. Then
	 * {@link CaseRecords#riskChanged}.
	 */
	public void riskReassessed(String riskLevel) {
		this.riskLevel = riskLevel;
	}

	public Optional<String> classification() {
		return Optional.ofNullable(classification);
	}

	/** Empty for a case not yet classified, or classified before the explicit answers were recorded (V27). */
	public Optional<ConductClassification> conduct() {
		return Optional.ofNullable(conduct);
	}

	/** The most serious other offences, the most serious first; empty when there are none or none was recorded. */
	public List<OtherOffence> otherOffences() {
		return Collections.unmodifiableList(otherOffences);
	}

	public Optional<String> riskLevel() {
		return Optional.ofNullable(riskLevel);
	}

	public void moveTo(CaseStatus next) {
		this.status = next;
	}

	public Optional<CasePerson> personIn(PersonRole role) {
		return people.stream().filter(p -> p.role() == role).findFirst();
	}

	public UUID id() {
		return id;
	}

	public String reference() {
		return reference;
	}

	public CaseStatus status() {
		return status;
	}

	public ReporterType reporterType() {
		return reporterType;
	}

	public boolean immediateDanger() {
		return immediateDanger;
	}

	public Relationship relationship() {
		return relationship;
	}

	public boolean consentToPartnerReferral() {
		return consentToPartnerReferral;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public String unitCode() {
		return unitCode;
	}

	public String impact() {
		return impact;
	}

	public ScreeningAnswers screening() {
		return screening == null ? ScreeningAnswers.unanswered() : screening;
	}

	public Optional<UUID> earlierCaseId() {
		return Optional.ofNullable(earlierCaseId);
	}

	public List<CasePerson> people() {
		return Collections.unmodifiableList(people);
	}

	public List<Incident> incidents() {
		return Collections.unmodifiableList(incidents);
	}

	public List<TimelineEntry> timeline() {
		return Collections.unmodifiableList(timeline);
	}

	// Closure and retention (V12): set once, when the case is closed; the review date is when it is next looked at
	// under Management of Police Information, and from when it may be purged.

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closure_outcome")
	private String closureOutcome;

	@Column(name = "retention_review_on")
	private LocalDate retentionReviewOn;

	/** Closes the case with an outcome code (never free text) and the date its retention is reviewed. */
	public void close(Instant at, String outcome, LocalDate reviewOn) {
		if (status == CaseStatus.CLOSED) {
			throw new IllegalStateException("Case " + reference + " is already closed");
		}
		this.status = CaseStatus.CLOSED;
		this.closedAt = at;
		this.closureOutcome = outcome;
		this.retentionReviewOn = reviewOn;
	}

	/** A retention review decided to keep the records: the next review is on the given date. */
	public void keepUntilReviewOn(LocalDate nextReview) {
		if (status != CaseStatus.CLOSED) {
			throw new IllegalStateException("Case " + reference + " is not closed");
		}
		this.retentionReviewOn = nextReview;
	}

	public Optional<Instant> closedAt() {
		return Optional.ofNullable(closedAt);
	}

	public Optional<String> closureOutcome() {
		return Optional.ofNullable(closureOutcome);
	}

	public Optional<LocalDate> retentionReviewOn() {
		return Optional.ofNullable(retentionReviewOn);
	}

}
