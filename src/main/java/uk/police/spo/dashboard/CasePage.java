package uk.police.spo.dashboard;

import java.util.List;

/** A case's page as HTML: summary, timeline, open tasks (each opening in Tasklist) and its audit trail. */
final class CasePage {

	private CasePage() {
	}

	static String render(CaseView view, List<String[]> navigation) {
		CaseView.Summary s = view.summary();
		Html body = new Html();
		body.raw("<p><a href=\"/dashboard\">Back to the dashboard</a></p>").element("h1", "Case " + s.reference());
		body.table("Summary", List.of("Item", "Value"), List.of(
				List.of("Stage", Html.cell(Html.words(s.stage()))),
				List.of("Risk level", Html.cell(s.risk() == null ? "Not assessed" : Html.words(s.risk()))),
				List.of("Classification", Html.cell(Html.words(s.classification()))),
				List.of("Unit", Html.cell(s.unit())),
				List.of("Reported by", Html.cell(Html.words(s.reporterType()))),
				List.of("Relationship", Html.cell(Html.words(s.relationship()))),
				List.of("Immediate danger at report", Html.cell(s.immediateDanger() ? "Yes" : "No")),
				List.of("Reported", Html.cell(Html.time(s.receivedAt()))),
				List.of("Closed", Html.cell(s.closedAt() == null ? "Open"
						: Html.time(s.closedAt()) + " (" + Html.words(s.closureOutcome()) + ")"))));
		body.table("Open tasks", List.of("Task", "Held by", "Due", "Escalated"), view.openTasks()
			.stream()
			.map(t -> List.of("<a href=\"" + Html.escape(t.tasklistLink()) + "\">" + Html.escape(t.name()) + "</a>",
					Html.cell(t.assignee() == null ? "Nobody (in a queue)" : t.assignee()), Html.cell(Html.time(t.due())),
					Html.cell(t.priority() >= EngineFigures.ESCALATED_PRIORITY ? "Yes" : "No")))
			.toList());
		body.table("Timeline", List.of("When", "What", "Who"), view.timeline()
			.stream()
			.map(e -> List.of(Html.cell(Html.time(e.at())), Html.cell(e.summary()), Html.cell(e.actor())))
			.toList());
		body.table("Audit trail (latest " + CasePages.AUDIT_SHOWN + ")", List.of("When", "Who", "Action", "Fields",
				"Purpose"), view.audit()
					.stream()
					.map(a -> List.of(Html.cell(Html.time(a.at())), Html.cell(a.actor()), Html.cell(a.action()),
							Html.cell(a.fields().replace(",", ", ")), Html.cell(a.purpose())))
					.toList());
		return Html.page("Case " + s.reference(), navigation, body.toString());
	}

}
