package uk.police.spo.dashboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures from the case tables, each one grouped query over indexed columns (V21), for the reader's
 * units. No entity is loaded and no process variable read.
 */
@Component
class CaseFigures {

	static final int WEEKS = 12;

	static final int FAILED_LISTED = 50;

	static final List<String> OPEN_STAGES = List.of("REPORTED", "REGISTERED", "IN_TRIAGE", "TRIAGED",
			"UNDER_INVESTIGATION", "ORDER_IN_FORCE", "ORDER_ENDED");

	static final List<String> RISKS = List.of("HIGH", "MEDIUM", "STANDARD", "NONE");

	private final NamedParameterJdbcTemplate jdbc;

	CaseFigures(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	static LocalDate mondayOf(Instant instant, ZoneId zone) {
		return LocalDate.ofInstant(instant, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	List<DashboardFigures.StageRisk> openByStageAndRisk(ViewerScope scope) {
		return jdbc.query("select c.status, coalesce(c.risk_level, 'NONE') as risk, count(*) as n from case_file c "
				+ "where c.status <> 'CLOSED' and " + scope.where() + " group by c.status, c.risk_level",
				scope.parameters(),
				(row, i) -> new DashboardFigures.StageRisk(row.getString("status"), row.getString("risk"), row.getLong("n")));
	}

	static List<Figure> byStage(List<DashboardFigures.StageRisk> cells) {
		return OPEN_STAGES.stream()
			.map(stage -> new Figure(stage, CaseFigure.STAGE.key, stage,
					cells.stream().filter(c -> c.stage().equals(stage)).mapToLong(DashboardFigures.StageRisk::count).sum()))
			.toList();
	}

	static List<Figure> byRisk(List<DashboardFigures.StageRisk> cells) {
		return RISKS.stream()
			.map(risk -> new Figure(risk.equals("NONE") ? "NOT_ASSESSED" : risk, CaseFigure.RISK.key, risk,
					cells.stream().filter(c -> c.risk().equals(risk)).mapToLong(DashboardFigures.StageRisk::count).sum()))
			.toList();
	}

	/**
	 * Cases reported per week, report to triage and report to SPO application: every case reported in the last
	 * {@link #WEEKS} weeks (this one included; weeks start on Monday, UK time) with its milestones, as the case records
	 * them, from one range of the index (received_at, unit_code, triaged_at, applied_at).
	 */
	Reports reports(ViewerScope scope, Instant now, ZoneId zone) {
		List<LocalDate> mondays = DashboardFigures.weekMondays(mondayOf(now, zone), WEEKS);
		// each week's start as the stored UTC wall-clock time: a row's week is found without time zone arithmetic
		LocalDateTime[] starts = mondays.stream()
			.map(m -> CaseSql.timestamp(m.atStartOfDay(zone).toInstant()))
			.toArray(LocalDateTime[]::new);
		MapSqlParameterSource parameters = scope.parameters().addValue("since", starts[0]);
		long[] perWeek = new long[WEEKS];
		LeadTimes.Minutes triaged = new LeadTimes.Minutes(WEEKS);
		LeadTimes.Minutes applied = new LeadTimes.Minutes(WEEKS);
		jdbc.query("select c.received_at, c.triaged_at, c.applied_at from case_file c where c.received_at >= :since and "
				+ scope.where(), parameters, row -> {
					LocalDateTime received = row.getObject("received_at", LocalDateTime.class);
					int week = WEEKS - 1;
					while (week > 0 && received.isBefore(starts[week])) {
						week--;
					}
					perWeek[week]++;
					LocalDateTime reached = row.getObject("triaged_at", LocalDateTime.class);
					if (reached != null) {
						triaged.add(week, ChronoUnit.MINUTES.between(received, reached));
					}
					reached = row.getObject("applied_at", LocalDateTime.class);
					if (reached != null) {
						applied.add(week, ChronoUnit.MINUTES.between(received, reached));
					}
				});
		List<Figure> reported = new ArrayList<>();
		for (int w = 0; w < WEEKS; w++) {
			String monday = mondays.get(w).toString();
			reported.add(new Figure(monday, CaseFigure.REPORTED.key, monday, perWeek[w]));
		}
		return new Reports(reported, triaged.leadTimes(CaseFigure.TRIAGED.key, mondays),
				applied.leadTimes(CaseFigure.APPLIED.key, mondays));
	}

	/** The cases reported per week and their lead times to triage and to an SPO application. */
	record Reports(List<Figure> perWeek, LeadTimes toTriage, LeadTimes toApplication) {
	}

	/**
	 * The join to a row's case for a unit's reader, then a WHERE to add conditions to; nothing to join for a reader of
	 * every unit, whose counts need only the table's own index.
	 */
	private static String joinCase(ViewerScope scope, String alias) {
		return scope.everyUnit() ? " where 1 = 1"
				: " join case_file c on c.id = " + alias + ".case_id where " + scope.where();
	}

	Figure highRiskWithout(CaseFigure figure, ViewerScope scope) {
		long n = count(figure.condition, scope, Map.of());
		return new Figure(figure.title, figure.key, null, n);
	}

	long count(String condition, ViewerScope scope, Map<String, Object> parameters) {
		Long n = jdbc.queryForObject("select count(*) from case_file c where " + condition + " and " + scope.where(),
				scope.parameters().addValues(parameters), Long.class);
		return n == null ? 0 : n;
	}

	List<Figure> spoApplications(ViewerScope scope) {
		Map<SpoStage, Long> counts = new LinkedHashMap<>();
		for (SpoStage stage : SpoStage.values()) {
			counts.put(stage, 0L);
		}
		jdbc.query("select a.status, count(*) as n from spo_application a" + joinCase(scope, "a") + " group by a.status",
				scope.parameters(), row -> {
					SpoStage stage = SpoStage.of(row.getString("status"));
					if (stage != null) {
						counts.merge(stage, row.getLong("n"), Long::sum);
					}
				});
		return counts.entrySet()
			.stream()
			.map(e -> new Figure(e.getKey().label, CaseFigure.SPO.key, e.getKey().name(), e.getValue()))
			.toList();
	}

	/** Orders (not cases) matching a condition on {@code protective_order o}. */
	Figure orders(CaseFigure figure, String orderCondition, ViewerScope scope, Map<String, Object> parameters) {
		Long n = jdbc.queryForObject("select count(*) from protective_order o" + joinCase(scope, "o") + " and "
				+ orderCondition, scope.parameters().addValues(parameters), Long.class);
		return new Figure(figure.title, figure.key, null, n == null ? 0 : n);
	}

	Figure breaches(ViewerScope scope, Instant now) {
		Long n = jdbc.queryForObject("select count(*) from order_breach b" + joinCase(scope, "b")
				+ " and b.reported_at >= :breachesSince",
				scope.parameters().addValues(CaseSql.breachParameters(now)), Long.class);
		return new Figure(CaseFigure.BREACHES.title, CaseFigure.BREACHES.key, null, n == null ? 0 : n);
	}

	/** Referrals by partner and status, every pair listed (0 when none). */
	List<Figure> referrals(ViewerScope scope) {
		Map<String, Long> counts = new HashMap<>();
		// a unit's reader: the unit's cases from their index, each probing the referrals' (case_id, partner, status)
		// index, rather than a look-up of the case of every referral (0.21-0.30 s against 0.30-0.37 s at 100,000 cases)
		String units = scope.everyUnit() ? ""
				: " where r.case_id in (select c.id from case_file c where " + scope.where() + ")";
		jdbc.query("select r.partner, r.status, count(*) as n from referral r" + units + " group by r.partner, r.status",
				scope.parameters(),
				row -> {
					counts.put(row.getString("partner") + "." + row.getString("status"), row.getLong("n"));
				});
		List<Figure> figures = new ArrayList<>();
		for (String partner : CaseFigure.PARTNERS) {
			for (String status : CaseFigure.REFERRAL_STATUSES) {
				String value = partner + "." + status;
				figures.add(new Figure(value, CaseFigure.REFERRALS.key, value, counts.getOrDefault(value, 0L)));
			}
		}
		return figures;
	}

	List<DashboardFigures.FailedReferral> failedReferrals(ViewerScope scope) {
		return jdbc.query("select c.reference, r.partner, r.purpose, r.updated_at from referral r "
				+ "join case_file c on c.id = r.case_id where r.status = 'FAILED' and " + scope.where()
				+ " order by r.updated_at desc limit " + FAILED_LISTED, scope.parameters(),
				(row, i) -> new DashboardFigures.FailedReferral(row.getString("reference"), row.getString("partner"),
						row.getString("purpose"), CaseSql.instant(row, "updated_at")));
	}

	/**
	 * Refused partner messages by partner. A message for no known case is counted for administrators only; its
	 * figure links to the cases of the others.
	 */
	List<Figure> refusedMessages(ViewerScope scope) {
		String sql = scope.everyUnit()
				? "select m.partner, count(*) as n from partner_message m where m.status = 'REFUSED' group by m.partner"
				: "select m.partner, count(*) as n from partner_message m join case_file c on c.id = m.case_id "
						+ "where m.status = 'REFUSED' and " + scope.where() + " group by m.partner";
		return jdbc.query(sql, scope.parameters(),
				(row, i) -> new Figure(row.getString("partner"), CaseFigure.REFUSED_MESSAGES.key, null, row.getLong("n")));
	}

}
