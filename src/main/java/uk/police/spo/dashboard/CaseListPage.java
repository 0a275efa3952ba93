package uk.police.spo.dashboard;

import java.util.List;

/** The cases behind one figure, as HTML: each case links to its page. */
final class CaseListPage {

	private CaseListPage() {
	}

	static String render(CaseList.Page page, List<String[]> navigation) {
		String title = page.title() + (page.value() == null ? "" : ": " + Html.words(page.value()));
		Html body = new Html();
		body.raw("<p><a href=\"/dashboard\">Back to the dashboard</a></p>")
			.element("h1", title)
			.raw("<p>")
			.text(page.total() + (page.total() == 1 ? " case" : " cases"))
			.raw("</p>");
		body.table(title + " (page " + (page.page() + 1) + " of " + page.pages() + ")",
				List.of("Case", "Stage", "Risk level", "Unit", "Reported"), page.rows()
					.stream()
					.map(r -> List.of(Html.caseLink(r.reference()), Html.cell(Html.words(r.stage())),
							Html.cell(r.risk() == null ? "Not assessed" : Html.words(r.risk())), Html.cell(r.unit()),
							Html.cell(Html.time(r.receivedAt()))))
					.toList());
		body.raw("<nav aria-label=\"Pages\" class=\"pages\">");
		String base = "/dashboard/cases?figure=" + page.figure() + (page.value() == null ? "" : "&value=" + page.value());
		if (page.page() > 0) {
			body.link(base + "&page=" + (page.page() - 1), "Previous page").raw(" ");
		}
		if (page.page() + 1 < page.pages()) {
			body.link(base + "&page=" + (page.page() + 1), "Next page");
		}
		body.raw("</nav>");
		return Html.page(title, navigation, body.toString());
	}

}
