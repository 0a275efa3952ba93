package uk.police.spo.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import uk.police.spo.security.crypto.EncryptedStringConverter;

/**
 * One notification the defendant made in person at a station (s.9), as the police acknowledged it in writing (s.10(4)):
 * the first after service or a change of name or home address (s.9(4)), what it gave (encrypted), and the fingerprints
 * and photograph decision. A row is never changed: the rows of an order are the history of what was notified.
 */
@Entity
@Immutable
@Table(name = "order_notification")
class OrderNotification {

	enum Kind {

		FIRST, CHANGE

	}

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "case_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID caseId;

	@Column(name = "order_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID orderId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_notified")
	private ChangeNotified changeNotified;

	@Column(name = "changed_on")
	private LocalDate changedOn;

	@Column(name = "notified_late", nullable = false)
	private boolean notifiedLate;

	@Column(name = "notified_at", nullable = false)
	private Instant notifiedAt;

	@Column(name = "acknowledged_at", nullable = false)
	private Instant acknowledgedAt;

	@Column(name = "acknowledged_by")
	private String acknowledgedBy;

	@Convert(converter = EncryptedStringConverter.class)
	@Column(length = 2100)
	private String names;

	@Convert(converter = EncryptedStringConverter.class)
	@Column(length = 2100)
	private String aliases;

	@Convert(converter = EncryptedStringConverter.class)
	@Column(name = "home_address", length = 2100)
	private String homeAddress;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TakenAtStation fingerprints;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TakenAtStation photograph;

	protected OrderNotification() {
	}

	private OrderNotification(UUID caseId, UUID orderId, Kind kind, Instant notifiedAt, Acknowledgement acknowledgement) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.orderId = orderId;
		this.kind = kind;
		this.notifiedAt = notifiedAt;
		this.acknowledgedAt = acknowledgement.at();
		this.acknowledgedBy = acknowledgement.by();
		this.names = NotifiedDetails.joined(acknowledgement.details().names());
		this.aliases = NotifiedDetails.joined(acknowledgement.details().aliases());
		this.homeAddress = acknowledgement.details().homeAddress();
		this.fingerprints = acknowledgement.fingerprints();
		this.photograph = acknowledgement.photograph();
	}

	/** How the police acknowledged a notification: when, by whom, what it gave and what was taken at the station. */
	record Acknowledgement(Instant at, String by, NotifiedDetails details, TakenAtStation fingerprints,
			TakenAtStation photograph) {
	}

	/** The first notification after service, late from {@code due} (the failure to notify is recorded by then). */
	static OrderNotification first(UUID caseId, UUID orderId, Instant notifiedAt, Instant due,
			Acknowledgement acknowledgement) {
		OrderNotification notification = new OrderNotification(caseId, orderId, Kind.FIRST, notifiedAt,
				acknowledgement);
		notification.notifiedLate = !notifiedAt.isBefore(due);
		return notification;
	}

	/** A change that happened on {@code changedOn}, notified on {@code notifiedAt}: in time or late (s.9(4)). */
	static OrderNotification change(UUID caseId, UUID orderId, ChangeNotified change, LocalDate changedOn,
			Instant notifiedAt, Acknowledgement acknowledgement) {
		OrderNotification notification = new OrderNotification(caseId, orderId, Kind.CHANGE, notifiedAt,
				acknowledgement);
		notification.changeNotified = change;
		notification.changedOn = changedOn;
		notification.notifiedLate = MonitoringSchedule.changeNotifiedLate(changedOn, notifiedAt);
		return notification;
	}

	UUID id() {
		return id;
	}

	UUID orderId() {
		return orderId;
	}

	Kind kind() {
		return kind;
	}

	Optional<ChangeNotified> changeNotified() {
		return Optional.ofNullable(changeNotified);
	}

	Optional<LocalDate> changedOn() {
		return Optional.ofNullable(changedOn);
	}

	boolean notifiedLate() {
		return notifiedLate;
	}

	Instant notifiedAt() {
		return notifiedAt;
	}

	Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	Optional<String> acknowledgedBy() {
		return Optional.ofNullable(acknowledgedBy);
	}

	/** Empty for a row from before the details were recorded. */
	Optional<NotifiedDetails> details() {
		if (names == null || homeAddress == null) {
			return Optional.empty();
		}
		return Optional.of(new NotifiedDetails(NotifiedDetails.lines(names), NotifiedDetails.lines(aliases),
				homeAddress));
	}

	TakenAtStation fingerprints() {
		return fingerprints;
	}

	TakenAtStation photograph() {
		return photograph;
	}

}
