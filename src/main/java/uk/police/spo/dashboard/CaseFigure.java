package uk.police.spo.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.police.spo.tasks.WorkQueueKeys;

/**
 * The figures of the dashboard as filters of the case list: each names the cases behind one number. A figure's
 * {@code value} (a stage, a week, a partner and status, an activity) is a code, never personal data, since it is
 * part of the page's address. Task figures read the read model of open work ({@code work_item}); incidents and failed
 * jobs name their cases by reference ({@code :references}), found by {@link EngineFigures}.
 */
enum CaseFigure {

	OPEN("open", "Open cases", "c.status <> 'CLOSED'"),
	/** value: a stage, or a stage and a risk level joined by a dot (TRIAGED.HIGH) */
	STAGE("stage", "Open cases at stage", "c.status = :stage and (:risk = '*' or coalesce(c.risk_level, 'NONE') = :risk)"),
	RISK("risk", "Open cases at risk level", "c.status <> 'CLOSED' and coalesce(c.risk_level, 'NONE') = :risk"),
	/** value: the Monday (UK) of the week */
	REPORTED("reported", "Cases reported in the week of", "c.received_at >= :from and c.received_at < :to"),
	TRIAGED("triaged", "Cases triaged, reported in the week of", "c.received_at >= :from and c.received_at < :to "
			+ "and c.triaged_at is not null"),
	APPLIED("applied", "Cases applied for an SPO, reported in the week of", "c.received_at >= :from "
			+ "and c.received_at < :to and c.applied_at is not null"),
	NO_SAFEGUARDING("no-safeguarding", "High-risk open cases without a safeguarding plan", CaseSql.HIGH_RISK_OPEN
			+ " and not exists (select 1 from case_timeline_entry t where t.case_id = c.id "
			+ "and t.kind = 'SAFEGUARDING_PLANNED')"),
	NO_MARAC("no-marac", "High-risk open cases without a MARAC referral", CaseSql.HIGH_RISK_OPEN
			+ " and not exists (select 1 from referral r where r.case_id = c.id and r.partner = 'MARAC' "
			+ "and r.status <> 'DECLINED')"),
	/** value: one of {@link SpoStage} */
	SPO("spo", "SPO applications", "exists (select 1 from spo_application a where a.case_id = c.id "
			+ "and a.status in (:spoStatuses))"),
	ORDERS_IN_FORCE("orders-in-force", "Orders in force", "exists (select 1 from protective_order o "
			+ "where o.case_id = c.id and " + CaseSql.ORDER_IN_FORCE + ")"),
	ORDERS_ENDING("orders-ending", "Orders in force ending within 60 days", "exists (select 1 from protective_order o "
			+ "where o.case_id = c.id and " + CaseSql.ORDER_ENDING + ")"),
	NOTIFICATION_OVERDUE("notification-overdue", "Orders served whose notification is overdue",
			"exists (select 1 from protective_order o where o.case_id = c.id and " + CaseSql.NOTIFICATION_OVERDUE + ")"),
	BREACHES("breaches", "Breaches reported in the last 30 days", "exists (select 1 from order_breach b "
			+ "where b.case_id = c.id and b.reported_at >= :breachesSince)"),
	/** value: PARTNER.STATUS (MARAC.FAILED) */
	REFERRALS("referrals", "Referrals", "exists (select 1 from referral r where r.case_id = c.id "
			+ "and r.partner = :partner and r.status = :referralStatus)"),
	REFUSED_MESSAGES("refused-messages", "Cases with refused partner messages", "exists (select 1 from partner_message m "
			+ "where m.case_id = c.id and m.status = 'REFUSED')"),
	OVERDUE_TASKS("overdue", "Cases with tasks past their deadline", CaseSql.OPEN_WORK + EngineFigures.OVERDUE + ")"),
	/** value: the task's activity id in the process (Task_ClassifyConduct) */
	OVERDUE_ACTIVITY("overdue-activity", "Cases with a task past its deadline at activity", CaseSql.OPEN_WORK
			+ EngineFigures.OVERDUE + " and w.activity_id = :activity)"),
	/** value: the officer's user id, or "-" for tasks nobody holds */
	OVERDUE_ASSIGNEE("overdue-assignee", "Cases with a task past its deadline held by", CaseSql.OPEN_WORK
			+ EngineFigures.OVERDUE + " and coalesce(w.assignee, '-') = :assignee)"),
	ESCALATED("escalated", "Cases with escalated tasks", CaseSql.OPEN_WORK + EngineFigures.ESCALATED + ")"),
	SUSPENDED_TASKS("suspended", "Cases with tasks of a suspended process", CaseSql.OPEN_WORK
			+ " and w.suspended = true)"),
	INCIDENTS("incidents", "Cases with engine incidents", CaseSql.BY_REFERENCE),
	FAILED_JOBS("failed-jobs", "Cases with failed jobs", CaseSql.BY_REFERENCE);

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

	private static final List<String> STAGES = List.of("REPORTED", "REGISTERED", "IN_TRIAGE", "TRIAGED",
			"UNDER_INVESTIGATION", "ORDER_IN_FORCE", "ORDER_ENDED", "CLOSED");

	private static final List<String> RISKS = List.of("STANDARD", "MEDIUM", "HIGH", "NONE");

	static final List<String> PARTNERS = List.of("COURT", "HOUSING", "ADVOCACY", "MARAC");

	static final List<String> REFERRAL_STATUSES = List.of("OFFERED", "DECLINED", "QUEUED", "SENT", "ANSWERED",
			"FAILED");

	final String key;

	final String title;

	final String condition;

	CaseFigure(String key, String title, String condition) {
		this.key = key;
		this.title = title;
		this.condition = condition;
	}

	static Optional<CaseFigure> byKey(String key) {
		return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
	}

	boolean fromEngine() {
		return condition.equals(CaseSql.BY_REFERENCE);
	}

	/** The parameters of this figure's condition for a value; a value the figure cannot take is refused. */
	Map<String, Object> parameters(String value, Instant now, ZoneId zone) {
		if (value != null && !CODE.matcher(value).matches()) {
			throw new BadFigureException();
		}
		return switch (this) {
			case STAGE -> {
				String[] parts = required(value).split("\\.", 2);
				yield Map.of("stage", oneOf(parts[0], STAGES), "risk", parts.length == 2 ? oneOf(parts[1], RISKS) : "*");
			}
			case RISK -> Map.of("risk", oneOf(required(value), RISKS));
			case REPORTED, TRIAGED, APPLIED -> {
				LocalDate monday = week(required(value));
				yield Map.of("from", CaseSql.timestamp(monday.atStartOfDay(zone).toInstant()), "to",
						CaseSql.timestamp(monday.plusWeeks(1).atStartOfDay(zone).toInstant()));
			}
			case SPO -> Map.of("spoStatuses", SpoStage.valueOf(oneOf(required(value), SpoStage.names())).statuses);
			case REFERRALS -> {
				String[] parts = required(value).split("\\.", 2);
				if (parts.length != 2) {
					throw new BadFigureException();
				}
				yield Map.of("partner", oneOf(parts[0], PARTNERS), "referralStatus", oneOf(parts[1], REFERRAL_STATUSES));
			}
			case ORDERS_ENDING -> CaseSql.endingParameters(now, zone);
			case NOTIFICATION_OVERDUE -> CaseSql.notificationParameters(now, zone);
			case BREACHES -> CaseSql.breachParameters(now);
			case OVERDUE_TASKS, ESCALATED, SUSPENDED_TASKS -> openWork(now, Map.of());
			case OVERDUE_ACTIVITY -> openWork(now, Map.of("activity", required(value)));
			case OVERDUE_ASSIGNEE -> openWork(now, Map.of("assignee", required(value)));
			default -> Map.of();
		};
	}

	private static Map<String, Object> openWork(Instant now, Map<String, Object> more) {
		Map<String, Object> parameters = new HashMap<>(more);
		parameters.put("every", WorkQueueKeys.EVERY_TASK);
		parameters.put("now", CaseSql.timestamp(now));
		parameters.put("escalated", EngineFigures.ESCALATED_PRIORITY);
		return parameters;
	}

	private static String required(String value) {
		if (value == null) {
			throw new BadFigureException();
		}
		return value;
	}

	private static String oneOf(String value, List<String> allowed) {
		if (!allowed.contains(value)) {
			throw new BadFigureException();
		}
		return value;
	}

	private static LocalDate week(String value) {
		try {
			LocalDate day = LocalDate.parse(value);
			if (day.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
				throw new BadFigureException();
			}
			return day;
		}
		catch (DateTimeParseException e) {
			throw new BadFigureException();
		}
	}

	/** A figure or value the case list does not know: answered 400. */
	static class BadFigureException extends RuntimeException {

		BadFigureException() {
			super("No such figure or value");
		}

	}

}
