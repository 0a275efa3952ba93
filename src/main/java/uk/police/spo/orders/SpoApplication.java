package uk.police.spo.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The force's application for a Stalking Protection Order, from the decision to apply to the court's decision (or the
 * Crown Court's on appeal). The orders it leads to are {@link ProtectiveOrder}s, made here from the drafted terms.
 */
@Entity
@Table(name = "spo_application")
class SpoApplication {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "case_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SpoApplicationStatus status;

	@Column(name = "acts_associated", nullable = false)
	private boolean actsAssociated;

	@Column(name = "acts_reasoning", nullable = false)
	private String actsReasoning;

	@Column(name = "risk_associated", nullable = false)
	private boolean riskAssociated;

	@Column(name = "risk_reasoning", nullable = false)
	private String riskReasoning;

	@Column(name = "order_necessary", nullable = false)
	private boolean orderNecessary;

	@Column(name = "necessity_reasoning", nullable = false)
	private String necessityReasoning;

	@Column(name = "youth_court", nullable = false)
	private boolean youthCourt;

	@Enumerated(EnumType.STRING)
	@Column(name = "area_condition")
	private AreaCondition areaCondition;

	@Column(name = "interim_wanted", nullable = false)
	private boolean interimWanted;

	@Column(name = "duration_years")
	private Integer durationYears;

	@Column(name = "until_further_order", nullable = false)
	private boolean untilFurtherOrder;

	@Column(name = "send_back_reasons")
	private String sendBackReasons;

	@Column(name = "appeal_reasoning")
	private String appealReasoning;

	@Column(name = "lodged_at")
	private Instant lodgedAt;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "application_id", nullable = false)
	@OrderBy("position")
	private List<DraftTerm> terms = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "application_id", nullable = false)
	@OrderBy("position")
	private List<CourtHearing> hearings = new ArrayList<>();

	protected SpoApplication() {
	}

	private SpoApplication(UUID caseId, ThreePartTest test, boolean apply, boolean youthCourt,
			AreaCondition areaCondition, Instant at) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.status = apply ? SpoApplicationStatus.DRAFTING : SpoApplicationStatus.NOT_APPLIED;
		this.actsAssociated = test.actsAssociated();
		this.actsReasoning = test.actsReasoning();
		this.riskAssociated = test.riskAssociated();
		this.riskReasoning = test.riskReasoning();
		this.orderNecessary = test.orderNecessary();
		this.necessityReasoning = test.necessityReasoning();
		this.youthCourt = youthCourt;
		this.areaCondition = areaCondition;
		this.untilFurtherOrder = true;
		this.decidedAt = at;
	}

	/**
	 * The recorded decision; the force may apply only when every part of the three-part test is met. The area
	 * condition is null when not applying, and for a decision taken on the form that did not yet ask which it is.
	 */
	public static SpoApplication decide(UUID caseId, ThreePartTest test, boolean apply, boolean youthCourt,
			AreaCondition areaCondition, Instant at) {
		if (apply && !test.met()) {
			throw new IllegalArgumentException("An application needs all three parts of the test to be met");
		}
		return new SpoApplication(caseId, test, apply, youthCourt, apply ? areaCondition : null, at);
	}

	/** The terms to ask for, an interim order or not, and a duration: null years means until further order. */
	public void draft(List<DraftTerm.Wording> wordings, boolean interimWanted, Integer durationYears) {
		requireStatus(EnumSet.of(SpoApplicationStatus.DRAFTING), "drafted");
		if (wordings.isEmpty()) {
			throw new IllegalArgumentException("An application asks for at least one prohibition or requirement");
		}
		if (durationYears != null && durationYears < 2) {
			throw new IllegalArgumentException("A full order runs for at least 2 years or until further order");
		}
		terms.clear();
		wordings.forEach(w -> terms.add(new DraftTerm(terms.size() + 1, w)));
		this.interimWanted = interimWanted;
		this.durationYears = durationYears;
		this.untilFurtherOrder = durationYears == null;
		this.status = SpoApplicationStatus.IN_REVIEW;
	}

	public void sendBack(String reasons) {
		requireStatus(EnumSet.of(SpoApplicationStatus.IN_REVIEW), "sent back");
		if (reasons == null || reasons.isBlank()) {
			throw new IllegalArgumentException("Sending an application back needs the reasons");
		}
		this.sendBackReasons = reasons;
		this.status = SpoApplicationStatus.DRAFTING;
	}

	public void approve() {
		requireStatus(EnumSet.of(SpoApplicationStatus.IN_REVIEW), "approved");
		this.status = SpoApplicationStatus.APPROVED;
	}

	public void lodge(Instant at) {
		requireStatus(EnumSet.of(SpoApplicationStatus.APPROVED), "lodged");
		this.lodgedAt = at;
		this.status = SpoApplicationStatus.LODGED;
	}

	public CourtHearing listed(HearingKind kind, LocalDate on, Instant at) {
		requireStatus(EnumSet.of(SpoApplicationStatus.LODGED, SpoApplicationStatus.INTERIM_GRANTED,
				SpoApplicationStatus.APPEALED), "listed for a hearing");
		CourtHearing hearing = new CourtHearing(hearings.size() + 1, kind, on, at);
		hearings.add(hearing);
		return hearing;
	}

	/**
	 * The court's outcome for the hearing waiting for one. The Crown Court's decision on appeal may arrive without a
	 * listing; its hearing is then recorded as held on the day the outcome arrives. An adjournment lists the next
	 * hearing.
	 */
	public void decided(CourtOutcome outcome, LocalDate nextHearingOn, LocalDate today, Instant at) {
		boolean appeal = status == SpoApplicationStatus.APPEALED;
		if (appeal && outcome == CourtOutcome.INTERIM_GRANTED) {
			throw new IllegalArgumentException("The Crown Court decides an appeal on the full order");
		}
		if (outcome == CourtOutcome.ADJOURNED && nextHearingOn == null) {
			throw new IllegalArgumentException("An adjournment needs the date of the next hearing");
		}
		CourtHearing hearing = openHearing().orElseGet(() -> {
			if (!appeal) {
				throw new IllegalStateException("No hearing of the application is waiting for an outcome");
			}
			return listed(HearingKind.APPEAL, today, at);
		});
		hearing.decided(outcome, at);
		if (outcome == CourtOutcome.ADJOURNED) {
			listed(hearing.kind(), nextHearingOn, at);
		}
	}

	/** The interim order, with the drafted terms, for the fixed period the court set. */
	public ProtectiveOrder grantInterim(LocalDate today, LocalDate endsOn) {
		requireStatus(EnumSet.of(SpoApplicationStatus.LODGED), "given an interim order");
		ProtectiveOrder order = ProtectiveOrder.interim(caseId, today, endsOn);
		terms.forEach(t -> order.addTerm(t.term().kind(), t.term().wording(), t.term().necessity()));
		this.status = SpoApplicationStatus.INTERIM_GRANTED;
		return order;
	}

	/**
	 * The full order, with the drafted terms, ending on {@code endsOn} or until further order when null. An interim
	 * order still in force ends: the full order supersedes it.
	 */
	public ProtectiveOrder grantFull(LocalDate today, LocalDate endsOn, ProtectiveOrder interim) {
		requireStatus(EnumSet.of(SpoApplicationStatus.LODGED, SpoApplicationStatus.INTERIM_GRANTED,
				SpoApplicationStatus.APPEALED), "given a full order");
		UUID supersedes = null;
		if (inForce(interim)) {
			interim.end(today, OrderEndReason.SUPERSEDED);
			supersedes = interim.id();
		}
		ProtectiveOrder order = ProtectiveOrder.full(caseId, today, endsOn, supersedes);
		terms.forEach(t -> order.addTerm(t.term().kind(), t.term().wording(), t.term().necessity()));
		this.status = SpoApplicationStatus.FULL_GRANTED;
		return order;
	}

	/** The court refused the main application: an interim order still in force ends with it. */
	public void refuse(LocalDate today, ProtectiveOrder interim) {
		requireStatus(EnumSet.of(SpoApplicationStatus.LODGED, SpoApplicationStatus.INTERIM_GRANTED), "refused");
		if (inForce(interim)) {
			interim.end(today, OrderEndReason.MAIN_APPLICATION_REFUSED);
		}
		this.status = SpoApplicationStatus.REFUSED;
	}

	public void decideOnAppeal(String reasoning) {
		requireStatus(EnumSet.of(SpoApplicationStatus.REFUSED), "considered for appeal");
		if (reasoning == null || reasoning.isBlank()) {
			throw new IllegalArgumentException("The decision on appeal needs its reasoning");
		}
		this.appealReasoning = reasoning;
	}

	public void lodgeAppeal() {
		requireStatus(EnumSet.of(SpoApplicationStatus.REFUSED), "appealed");
		if (appealReasoning == null) {
			throw new IllegalStateException("An appeal is lodged after the decision to appeal");
		}
		this.status = SpoApplicationStatus.APPEALED;
	}

	public void appealRefused() {
		requireStatus(EnumSet.of(SpoApplicationStatus.APPEALED), "refused on appeal");
		this.status = SpoApplicationStatus.APPEAL_REFUSED;
	}

	public Optional<CourtHearing> openHearing() {
		return hearings.stream().filter(h -> h.outcome().isEmpty()).reduce((first, second) -> second);
	}

	private static boolean inForce(ProtectiveOrder order) {
		return order != null && order.status() != OrderStatus.ENDED;
	}

	private void requireStatus(Set<SpoApplicationStatus> expected, String action) {
		if (!expected.contains(status)) {
			throw new IllegalStateException("An application that is " + status + " cannot be " + action);
		}
	}

	public UUID id() {
		return id;
	}

	public UUID caseId() {
		return caseId;
	}

	public SpoApplicationStatus status() {
		return status;
	}

	public Optional<AreaCondition> areaCondition() {
		return Optional.ofNullable(areaCondition);
	}

	public boolean youthCourt() {
		return youthCourt;
	}

	/** The force's view of the three-part test, as recorded when it decided to apply. */
	public ThreePartTest test() {
		return new ThreePartTest(actsAssociated, actsReasoning, riskAssociated, riskReasoning, orderNecessary,
				necessityReasoning);
	}

	public boolean interimWanted() {
		return interimWanted;
	}

	public Optional<Integer> durationYears() {
		return Optional.ofNullable(durationYears);
	}

	public boolean untilFurtherOrder() {
		return untilFurtherOrder;
	}

	public Optional<String> appealReasoning() {
		return Optional.ofNullable(appealReasoning);
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public Optional<String> sendBackReasons() {
		return Optional.ofNullable(sendBackReasons);
	}

	public Optional<Instant> lodgedAt() {
		return Optional.ofNullable(lodgedAt);
	}

	public List<DraftTerm> terms() {
		return Collections.unmodifiableList(terms);
	}

	public List<CourtHearing> hearings() {
		return Collections.unmodifiableList(hearings);
	}

}
