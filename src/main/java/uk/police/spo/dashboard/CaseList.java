package uk.police.spo.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.UkDates;

/** The cases behind one figure, newest report first, a page at a time. */
@Component
class CaseList {

	static final int PAGE_SIZE = 50;

	private final NamedParameterJdbcTemplate jdbc;

	private final EngineFigures engine;

	private final Clock clock;

	CaseList(NamedParameterJdbcTemplate jdbc, EngineFigures engine, Clock clock) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.clock = clock;
	}

	record Row(String reference, String stage, String risk, String unit, Instant receivedAt) {
	}

	record Page(String figure, String value, String title, long total, int page, List<Row> rows) {

		int pages() {
			return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

	}

	Page page(CaseFigure figure, String value, int page, ViewerScope scope) {
		Instant now = clock.instant();
		MapSqlParameterSource parameters = scope.parameters().addValues(figure.parameters(value, now, UkDates.ZONE));
		if (figure.fromEngine()) {
			Set<String> references = engine.references(figure);
			if (references.isEmpty()) {
				return new Page(figure.key, value, figure.title, 0, page, List.of());
			}
			parameters.addValue("references", references);
		}
		String where = " from case_file c where " + figure.condition + " and " + scope.where();
		Long total = jdbc.queryForObject("select count(*)" + where, parameters, Long.class);
		List<Row> rows = jdbc.query("select c.reference, c.status, c.risk_level, c.unit_code, c.received_at" + where
				+ " order by c.received_at desc, c.reference limit " + PAGE_SIZE + " offset " + (long) page * PAGE_SIZE,
				parameters, (row, i) -> new Row(row.getString("reference"), row.getString("status"),
						row.getString("risk_level"), row.getString("unit_code"), CaseSql.instant(row, "received_at")));
		return new Page(figure.key, value, figure.title, total == null ? 0 : total, page, rows);
	}

}
