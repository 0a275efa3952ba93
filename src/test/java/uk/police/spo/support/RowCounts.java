package uk.police.spo.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** The number of rows in each of some tables, to show that a refused request stored nothing. */
public final class RowCounts {

	/** What a report, a case message or an evidence upload would add to, the engine's rows included. */
	public static final List<String> CASE_AND_ENGINE = List.of("case_file", "case_person", "case_incident",
			"case_timeline_entry", "report_idempotency", "evidence_item", "referral", "audit_entry", "ACT_HI_PROCINST",
			"ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL");

	private RowCounts() {
	}

	public static Map<String, Integer> of(JdbcTemplate jdbc, List<String> tables) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String table : tables) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
		}
		return counts;
	}

	public static Map<String, Integer> of(JdbcTemplate jdbc) {
		return of(jdbc, CASE_AND_ENGINE);
	}

}
