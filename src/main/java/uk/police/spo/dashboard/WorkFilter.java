package uk.police.spo.dashboard;

import java.util.List;
import java.util.regex.Pattern;
import uk.police.spo.system.UkDates;

/**
 * The work queue's sort and filters, as the query string gives them; anything else is refused.
 * @param sort due (default), risk, activity, reference or order (the order's end date)
 * @param risk HIGH, MEDIUM, STANDARD or NONE; null for all
 * @param due overdue, today (due by the end of today, UK), week (within 7 days) or none (no due date); null for all
 * @param activity a task's activity id; null for all
 */
record WorkFilter(String sort, boolean descending, String risk, String due, String activity, int page) {

	static final List<String> SORTS = List.of("due", "risk", "activity", "reference", "order");

	static final List<String> RISKS = List.of("HIGH", "MEDIUM", "STANDARD", "NONE");

	static final List<String> DUES = List.of("overdue", "today", "week", "none");

	private static final Pattern ACTIVITY = Pattern.compile("[A-Za-z0-9_-]{1,100}");

	WorkFilter {
		sort = blank(sort) ? "due" : sort;
		risk = blank(risk) ? null : risk;
		due = blank(due) ? null : due;
		activity = blank(activity) ? null : activity;
		if (!SORTS.contains(sort) || (risk != null && !RISKS.contains(risk)) || (due != null && !DUES.contains(due))
				|| (activity != null && !ACTIVITY.matcher(activity).matches()) || page < 0 || page > 10_000) {
			throw new CaseFigure.BadFigureException();
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** This filter's query string with another sort or page, for the page's links. */
	String query(String sortBy, boolean desc, int toPage) {
		StringBuilder query = new StringBuilder("sort=").append(sortBy);
		if (desc) {
			query.append("&dir=desc");
		}
		if (risk != null) {
			query.append("&risk=").append(risk);
		}
		if (due != null) {
			query.append("&due=").append(due);
		}
		if (activity != null) {
			query.append("&activity=").append(activity);
		}
		if (toPage > 0) {
			query.append("&page=").append(toPage);
		}
		return query.toString();
	}

}
