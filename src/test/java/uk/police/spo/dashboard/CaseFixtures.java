package uk.police.spo.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.cases.CaseFile;

/**
 * Cases written straight into the case tables, as the processes would have left them: for figures whose inputs take
 * a long process journey (an order served, a breach, a failed referral). Timestamps in UTC, as Hibernate writes them.
 */
final class CaseFixtures {

	private final JdbcTemplate jdbc;

	private final java.util.List<String> created = new java.util.ArrayList<>();

	CaseFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	static String newReference() {
		return "DB-" + Integer.toString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF), 36).toUpperCase();
	}

	static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** A case at a stage and risk level (null: not assessed), in a unit, reported at a time; returns its id. */
	String newCase(String reference, String unit, String stage, String risk, Instant receivedAt) {
		String id = UUID.randomUUID().toString();
		jdbc.update("insert into case_file (id, reference, status, reporter_type, immediate_danger, relationship, "
				+ "consent_partner_referral, received_at, version, unit_code, risk_level) "
				+ "values (?, ?, ?, 'VICTIM', false, 'EX_PARTNER', true, ?, 0, ?, ?)", id, reference, stage,
				utc(receivedAt), unit, risk);
		created.add(id);
		timeline(id, receivedAt, "REPORT_RECEIVED", "Report received from VICTIM");
		return id;
	}

	/**
	 * Removes the cases written here, with everything about them: they have no incidents and no process, which the
	 * other classes sharing the schema check every stored case for.
	 */
	void deleteAll() {
		for (String id : created) {
			jdbc.update("delete from case_timeline_entry where case_id = ?", id);
			jdbc.update("delete from case_file where id = ?", id);
		}
		created.clear();
	}

	/** A timeline entry; triage's completion also marks the case triaged, as cases.CaseFile records it. */
	void timeline(String caseId, Instant at, String kind, String summary) {
		jdbc.update("insert into case_timeline_entry (id, case_id, occurred_at, kind, summary, actor) "
				+ "values (?, ?, ?, ?, ?, 'triage')", UUID.randomUUID().toString(), caseId, utc(at), kind, summary);
		if (kind.equals(CaseFile.TRIAGE_COMPLETED)) {
			jdbc.update("update case_file set triaged_at = ? where id = ? and triaged_at is null", utc(at), caseId);
		}
	}

	void referral(String caseId, String partner, String status, Instant at) {
		jdbc.update("insert into referral (id, case_id, partner, purpose, legal_basis, status, created_at, updated_at, "
				+ "version) values (?, ?, ?, 'SUPPORT', 'CONSENT', ?, ?, ?, 0)", UUID.randomUUID().toString(), caseId,
				partner, status, utc(at), utc(at));
	}

	String order(String caseId, String status, LocalDate endsOn, Instant servedAt) {
		String id = UUID.randomUUID().toString();
		jdbc.update("insert into protective_order (id, case_id, kind, status, granted_on, ends_on, until_further_order, "
				+ "served_at, version) values (?, ?, 'FULL', ?, ?, ?, false, ?, 0)", id, caseId, status,
				LocalDate.now().minusDays(30), endsOn, servedAt == null ? null : utc(servedAt));
		return id;
	}

	void breach(String caseId, String orderId, Instant reportedAt) {
		jdbc.update("insert into order_breach (id, case_id, order_id, kind, occurred_at, reported_at, version) "
				+ "values (?, ?, ?, 'BREACH_OF_ORDER', ?, ?, 0)", UUID.randomUUID().toString(), caseId, orderId, utc(reportedAt),
				utc(reportedAt));
	}

	void spoApplication(String caseId, String status, Instant lodgedAt) {
		jdbc.update("insert into spo_application (id, case_id, status, acts_associated, acts_reasoning, risk_associated, "
				+ "risk_reasoning, order_necessary, necessity_reasoning, youth_court, interim_wanted, until_further_order, "
				+ "lodged_at, decided_at, version) values (?, ?, ?, true, 'r', true, 'r', true, 'r', false, false, false, "
				+ "?, ?, 0)", UUID.randomUUID().toString(), caseId, status, lodgedAt == null ? null : utc(lodgedAt),
				utc(lodgedAt == null ? Instant.now() : lodgedAt));
		if (lodgedAt != null) {
			// as cases.CaseFile records the first lodging
			jdbc.update("update case_file set applied_at = ? where id = ? and (applied_at is null or applied_at > ?)",
					utc(lodgedAt), caseId, utc(lodgedAt));
		}
	}

	void refusedMessage(String caseId, String reference, String partner) {
		jdbc.update("insert into partner_message (id, partner, message_id, case_reference, message_type, status, reason, "
				+ "received_at, case_id, refusal_status) values (?, ?, ?, ?, 'ORDER_MADE', 'REFUSED', 'refused', ?, ?, 409)",
				UUID.randomUUID().toString(), partner, UUID.randomUUID().toString(), reference, utc(Instant.now()), caseId);
	}

}
