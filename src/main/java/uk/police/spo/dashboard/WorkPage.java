package uk.police.spo.dashboard;

import java.util.ArrayList;
import java.util.List;

/** The work queue as HTML: a filter form (no script), column headings that sort, each task opening in Tasklist. */
final class WorkPage {

	private static final List<String[]> COLUMNS = List.of(new String[] { "reference", "Case" },
			new String[] { "activity", "Task" }, new String[] { "risk", "Risk level" }, new String[] { "due", "Due" },
			new String[] { "order", "Order ends" });

	private WorkPage() {
	}

	static String render(WorkQueue.Result result, List<String[]> navigation) {
		WorkFilter filter = result.filter();
		Html body = new Html();
		body.element("h1", "My case work");
		body.raw("<form method=\"get\" action=\"/work\" class=\"filters\"><input type=\"hidden\" name=\"sort\" value=\"")
			.text(filter.sort())
			.raw("\">");
		select(body, "risk", "Risk level", WorkFilter.RISKS, filter.risk());
		select(body, "due", "Due", WorkFilter.DUES, filter.due());
		select(body, "activity", "Task", result.activities(), filter.activity());
		body.raw("<button type=\"submit\">Apply filters</button></form>");
		body.raw("<p>").text((result.atLeast() ? "More than " : "") + result.total()
				+ (result.total() == 1 && !result.atLeast() ? " task" : " tasks")).raw("</p>");
		body.raw("<table><caption>").text("My tasks and my groups' tasks").raw("</caption><thead><tr>");
		for (String[] column : COLUMNS) {
			boolean sorted = column[0].equals(filter.sort());
			boolean nextDescending = sorted && !filter.descending();
			body.raw("<th scope=\"col\"" + (sorted ? " aria-sort=\"" + (filter.descending() ? "descending" : "ascending")
					+ "\"" : "") + ">")
				.link("/work?" + filter.query(column[0], nextDescending, 0), column[1])
				.raw("</th>");
		}
		body.raw("<th scope=\"col\">Victim's safe contact</th><th scope=\"col\">Held by</th></tr></thead><tbody>");
		for (WorkQueue.Item item : result.items()) {
			body.raw("<tr><th scope=\"row\">")
				.raw(Html.caseLink(item.reference()))
				.raw("</th><td>")
				.link(item.tasklistLink(), item.task())
				.raw(item.escalated() ? " <strong>(escalated)</strong>" : "")
				.raw("</td><td>")
				.text(item.risk() == null ? "Not assessed" : Html.words(item.risk()))
				.raw("</td><td>")
				.text(Html.time(item.due()))
				.raw("</td><td>")
				.text(item.orderEndsOn() == null ? "" : item.orderEndsOn().toString())
				.raw("</td><td>")
				.text(Html.words(item.safeContact()))
				.raw("</td><td>")
				.text(item.assignee() == null ? "My groups' queue" : item.assignee())
				.raw("</td></tr>");
		}
		body.raw("</tbody></table><nav aria-label=\"Pages\" class=\"pages\">");
		if (result.page() > 0) {
			body.link("/work?" + filter.query(filter.sort(), filter.descending(), result.page() - 1), "Previous page")
				.raw(" ");
		}
		if (result.atLeast() || (long) (result.page() + 1) * WorkQueue.PAGE_SIZE < result.total()) {
			body.link("/work?" + filter.query(filter.sort(), filter.descending(), result.page() + 1), "Next page");
		}
		body.raw("</nav>");
		return Html.page("My case work", navigation, body.toString());
	}

	private static void select(Html body, String name, String label, List<String> options, String chosen) {
		List<String> all = new ArrayList<>(options);
		body.raw("<label for=\"" + name + "\">").text(label).raw("</label><select id=\"" + name + "\" name=\"" + name
				+ "\"><option value=\"\">All</option>");
		for (String option : all) {
			body.raw("<option value=\"")
				.text(option)
				.raw(option.equals(chosen) ? "\" selected>" : "\">")
				.text(Html.words(option))
				.raw("</option>");
		}
		body.raw("</select>");
	}

}
