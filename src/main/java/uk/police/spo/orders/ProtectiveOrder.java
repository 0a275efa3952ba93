package uk.police.spo.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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
 * A Stalking Protection Order granted by a magistrates' court: interim or full, for a fixed period (ends on a date)
 * or until further order. Referenced from processes by its id only.
 */
@Entity
@Table(name = "protective_order")
public class ProtectiveOrder {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "case_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrderKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrderStatus status;

	@Column(name = "granted_on", nullable = false)
	private LocalDate grantedOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Column(name = "until_further_order", nullable = false)
	private boolean untilFurtherOrder;

	@Column(name = "served_at")
	private Instant servedAt;

	@Column(name = "supersedes_order_id")
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID supersedesOrderId;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "end_reason")
	private OrderEndReason endReason;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "order_id", nullable = false)
	@OrderBy("position")
	private List<OrderTerm> terms = new ArrayList<>();

	protected ProtectiveOrder() {
	}

	private ProtectiveOrder(UUID caseId, OrderKind kind, LocalDate grantedOn, LocalDate endsOn) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.kind = kind;
		this.status = OrderStatus.GRANTED;
		this.grantedOn = grantedOn;
		this.endsOn = endsOn;
		this.untilFurtherOrder = endsOn == null;
	}

	/** An interim order runs for a fixed period, ending at the latest when the main application is decided. */
	public static ProtectiveOrder interim(UUID caseId, LocalDate grantedOn, LocalDate endsOn) {
		if (endsOn == null || !endsOn.isAfter(grantedOn)) {
			throw new IllegalArgumentException("An interim order needs an end date after the day it was granted");
		}
		return new ProtectiveOrder(caseId, OrderKind.INTERIM, grantedOn, endsOn);
	}

	/** A full order runs at least 2 years, or until further order when {@code endsOn} is null. */
	public static ProtectiveOrder full(UUID caseId, LocalDate grantedOn, LocalDate endsOn, UUID supersedes) {
		if (endsOn != null && endsOn.isBefore(grantedOn.plusYears(2))) {
			throw new IllegalArgumentException("A full order runs for at least 2 years or until further order");
		}
		ProtectiveOrder order = new ProtectiveOrder(caseId, OrderKind.FULL, grantedOn, endsOn);
		order.supersedesOrderId = supersedes;
		return order;
	}

	public void addTerm(TermKind kind, String wording, String necessity) {
		terms.add(new OrderTerm(terms.size() + 1, kind, wording, necessity));
	}

	/**
	 * The court varied the order: the given terms apply from {@code on}, and the terms they replace stay on record as
	 * superseded that day.
	 */
	public void vary(List<DraftTerm.Wording> newTerms, LocalDate on) {
		if (status == OrderStatus.ENDED) {
			throw new IllegalStateException("An order that has ended cannot be varied");
		}
		if (newTerms.isEmpty()) {
			throw new IllegalArgumentException("A varied order keeps at least one term");
		}
		terms.stream().filter(OrderTerm::applies).forEach(term -> term.supersede(on));
		newTerms.forEach(term -> addTerm(term.kind(), term.wording(), term.necessity()));
	}

	public void serve(Instant at) {
		requireStatus(OrderStatus.GRANTED, "served");
		this.servedAt = at;
		this.status = OrderStatus.SERVED;
	}

	public void extendTo(LocalDate newEnd) {
		if (status == OrderStatus.ENDED) {
			throw new IllegalStateException("An order that has ended cannot be renewed");
		}
		this.endsOn = newEnd;
		this.untilFurtherOrder = newEnd == null;
	}

	public void end(LocalDate on, OrderEndReason reason) {
		if (status == OrderStatus.ENDED) {
			throw new IllegalStateException("The order has already ended");
		}
		this.status = OrderStatus.ENDED;
		this.endedOn = on;
		this.endReason = reason;
	}

	private void requireStatus(OrderStatus expected, String action) {
		if (status != expected) {
			throw new IllegalStateException("An order that is " + status + " cannot be " + action);
		}
	}

	public UUID id() {
		return id;
	}

	public UUID caseId() {
		return caseId;
	}

	public OrderKind kind() {
		return kind;
	}

	public OrderStatus status() {
		return status;
	}

	public LocalDate grantedOn() {
		return grantedOn;
	}

	public Optional<LocalDate> endsOn() {
		return Optional.ofNullable(endsOn);
	}

	public boolean untilFurtherOrder() {
		return untilFurtherOrder;
	}

	public Optional<Instant> servedAt() {
		return Optional.ofNullable(servedAt);
	}

	public Optional<UUID> supersedesOrderId() {
		return Optional.ofNullable(supersedesOrderId);
	}

	public Optional<LocalDate> endedOn() {
		return Optional.ofNullable(endedOn);
	}

	public Optional<OrderEndReason> endReason() {
		return Optional.ofNullable(endReason);
	}

	/** The terms that apply now. */
	public List<OrderTerm> terms() {
		return terms.stream().filter(OrderTerm::applies).toList();
	}

	/** Every term the order has had, superseded ones included. */
	public List<OrderTerm> termHistory() {
		return Collections.unmodifiableList(terms);
	}

}
