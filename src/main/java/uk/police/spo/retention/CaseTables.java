package uk.police.spo.retention;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a case's rows from the project's tables. V1's people, incidents and timeline have no cascade, so they go
 * first; the tables of later versions (orders, terms, referrals, ...) go with case_file by {@code on delete cascade}.
 */
@Component
class CaseTables {

	private final JdbcTemplate jdbc;

	CaseTables(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void erase(UUID caseId, String reference) {
		String id = caseId.toString();
		// a later report that quoted this case keeps its own data, not the link to a case that is gone
		jdbc.update("update case_file set earlier_case_id = null where earlier_case_id = ?", id);
		jdbc.update("delete from case_timeline_entry where case_id = ?", id);
		jdbc.update("delete from case_incident where case_id = ?", id);
		jdbc.update("delete from case_person where case_id = ?", id);
		jdbc.update("delete from report_idempotency where reference = ?", reference);
		// linked messages go by cascade (V17); this takes any that name the reference but came before the case had it
		jdbc.update("delete from partner_message where case_reference = ?", reference);
		if (jdbc.update("delete from case_file where id = ?", id) != 1) {
			throw new IllegalStateException("Case " + reference + " was not there to delete");
		}
	}

}
