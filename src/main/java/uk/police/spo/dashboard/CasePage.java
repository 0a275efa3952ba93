package uk.police.spo.dashboard;

import java.util.ArrayList;
import java.util.List;

import uk.police.spo.investigation.EvidenceLog;

/**
 * A case's page as HTML: summary, report, risk assessments, safe contact, witnesses and evidence (with the upload
 * form), documents, open tasks (each opening in Tasklist), tasks done, timeline and, for those who oversee, its audit
 * trail. A section the reader's role may not see says who sees it.
 */
final class CasePage {

	private CasePage() {
	}

	static String render(CaseView view, List<String[]> navigation, EvidenceForm form) {
		CaseView.Summary s = view.summary();
		Html body = new Html();
		body.element("h1", "Case " + s.reference());
		body.raw("<p>").link("/work", "Back to my case work").raw("</p>");
		body.table("Summary", List.of("Item", "Value"), List.of(
				List.of("Stage", Html.cell(Html.words(s.stage()))),
				List.of("Risk level", Html.cell(s.risk() == null ? "Not assessed" : Html.words(s.risk()))),
				List.of("Classification", Html.cell(Html.words(s.classification()))),
				List.of("Crime reference", Html.cell(recorded(s.conduct().crimeReference()))),
				List.of("Most serious other offences", Html.cell(otherOffences(s.conduct()))),
				List.of("Stalking question", Html.cell(answer(s.conduct().stalkingQuestion()))),
				List.of("FOUR", Html.cell(four(s.conduct()))),
				List.of("Unit", Html.cell(s.unit())),
				List.of("Reported by", Html.cell(Html.words(s.reporterType()))),
				List.of("Relationship to the suspect", Html.cell(Html.words(s.relationship()))),
				List.of("Immediate danger at report", Html.cell(yes(s.immediateDanger()))),
				List.of("Reported", Html.cell(Html.time(s.receivedAt()))),
				List.of("Closed", Html.cell(s.closedAt() == null ? "Open"
						: Html.time(s.closedAt()) + " (" + Html.words(s.closureOutcome()) + ")"))));
		report(body, view.report());
		body.table("Risk assessments", List.of("When", "At", "Risk level", "Risk questions answered yes",
				"Constantly texting, calling, following or harassing (DASH)", "Stalking screening answered yes",
				"MARAC referral", "Consider an SPO", "Urgent safeguarding", "By"),
				view.assessments()
					.stream()
					.map(a -> List.of(Html.cell(Html.time(a.at())), Html.cell(Html.words(a.context())),
							Html.cell(Html.words(a.risk())), Html.cell(String.valueOf(a.dashYes())),
							Html.cell(answer(a.stalkingQuestion())),
							Html.cell(String.valueOf(a.screeningYes())), Html.cell(yes(a.marac())),
							Html.cell(yes(a.considerSpo())), Html.cell(yes(a.urgentSafeguarding())), Html.cell(a.by())))
					.toList());
		safeContact(body, view);
		investigation(body, view, form);
		body.table("Documents", List.of("Document", "Version", "Produced", "By"), view.documents()
			.stream()
			.map(d -> List.of("<a href=\"/api/documents/" + Html.escape(d.id()) + "\">" + Html.escape(Html.words(d.type()))
					+ "</a>", Html.cell(String.valueOf(d.version())), Html.cell(Html.time(d.at())), Html.cell(d.by())))
			.toList());
		body.table("Open tasks", List.of("Task", "Held by", "Due", "Escalated"), view.openTasks()
			.stream()
			.map(t -> List.of("<a href=\"" + Html.escape(t.tasklistLink()) + "\">" + Html.escape(t.name()) + "</a>",
					Html.cell(t.assignee() == null ? "Nobody (in a queue)" : t.assignee()), Html.cell(Html.time(t.due())),
					Html.cell(t.priority() >= EngineFigures.ESCALATED_PRIORITY ? "Yes" : "No")))
			.toList());
		body.table("Tasks done", List.of("Task", "Done by", "When"), view.doneTasks()
			.stream()
			.map(t -> List.of(Html.cell(t.name()), Html.cell(t.by()), Html.cell(Html.time(t.at()))))
			.toList());
		body.table("Timeline", List.of("When", "What", "Who"), view.timeline()
			.stream()
			.map(e -> List.of(Html.cell(Html.time(e.at())), Html.cell(e.summary()), Html.cell(e.actor())))
			.toList());
		if (view.reader().auditTrail()) {
			body.table("Audit trail (latest " + CasePages.AUDIT_SHOWN + ")", List.of("When", "Who", "Action", "Fields",
					"Purpose"), view.audit()
						.stream()
						.map(a -> List.of(Html.cell(Html.time(a.at())), Html.cell(a.actor()), Html.cell(a.action()),
								Html.cell(a.fields().replace(",", ", ")), Html.cell(a.purpose())))
						.toList());
		}
		String title = (form.problems().isEmpty() ? "" : "Error: ") + "Case " + s.reference();
		return Html.page(title, navigation, "<div class=\"case\">" + body + "</div>");
	}

	/** A case classified before these were asked shows them as not recorded. */
	private static String recorded(String value) {
		return value == null ? "Not recorded" : value;
	}

	private static String answer(String answer) {
		return answer == null ? "Not recorded" : Html.words(answer);
	}

	/** The most serious first; "Not recorded" for a case classified before the answers were asked. */
	private static String otherOffences(CaseView.Conduct conduct) {
		if (conduct.stalkingQuestion() == null) {
			return "Not recorded";
		}
		if (conduct.otherOffences().isEmpty()) {
			return "None";
		}
		return String.join("; ", conduct.otherOffences()
			.stream()
			.map(o -> Html.words(o.offence()) + ", crime reference " + o.crimeReference())
			.toList());
	}

	private static String four(CaseView.Conduct conduct) {
		return "Fixated: " + answer(conduct.fixated()) + "; obsessive: " + answer(conduct.obsessive())
				+ "; unwanted: " + answer(conduct.unwanted()) + "; repeated: " + answer(conduct.repeated());
	}

	private static void report(Html body, CaseView.Report report) {
		body.element("h2", "The report");
		body.element("p", report.impact() == null || report.impact().isBlank() ? "The report describes no impact."
				: "Impact on the victim, in the report's words: " + report.impact());
		body.table("Incidents reported", List.of("Number", "When", "What", "Where", "Description"), numbered(report));
		if (report.suspect().isPresent()) {
			CaseView.Suspect suspect = report.suspect().get();
			body.table("Suspect as reported", List.of("Item", "Value"), List.of(
					List.of("Name", Html.cell(orUnknown(suspect.name()))),
					List.of("Date of birth", Html.cell(suspect.dateOfBirth() == null ? "Not known"
							: Html.UK_DAY.format(suspect.dateOfBirth()))),
					List.of("Description", Html.cell(orUnknown(suspect.description()))),
					List.of("Online accounts", Html.cell(orUnknown(suspect.onlineAccounts())))));
		}
		else {
			body.element("p", "The report names no suspect.");
		}
	}

	private static List<List<String>> numbered(CaseView.Report report) {
		List<List<String>> rows = new ArrayList<>();
		for (CaseView.Incident incident : report.incidents()) {
			rows.add(List.of(Html.cell(String.valueOf(rows.size() + 1)),
					Html.cell(incident.occurredOn() == null ? "Not known" : Html.UK_DAY.format(incident.occurredOn())),
					Html.cell(Html.words(incident.behaviour())), Html.cell(orUnknown(incident.location())),
					Html.cell(incident.description())));
		}
		return rows;
	}

	private static void safeContact(Html body, CaseView view) {
		CaseView.SafeContact contact = view.safeContact();
		body.element("h2", "Safe contact with the victim");
		if (contact.method() == null) {
			body.element("p", "No safe-contact arrangement is recorded.");
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("Agreed method", Html.cell(Html.words(contact.method()))));
		contact.detail().ifPresent(detail -> {
			rows.add(List.of("Phone or email to use", Html.cell(orUnknown(detail.channel()))));
			rows.add(List.of("Safe times", Html.cell(orUnknown(detail.safeTimes()))));
			rows.add(List.of("Voicemail safe", Html.cell(detail.voicemailSafe() == null ? "Not known"
					: yes(detail.voicemailSafe()))));
		});
		body.table("Safe-contact arrangement", List.of("Item", "Value"), rows);
		if (!view.reader().safeContactDetail()) {
			body.element("p", "The phone or email to use and the safe times are shown to triage officers, "
					+ "investigators, offender managers and supervisors.");
		}
	}

	private static void investigation(Html body, CaseView view, EvidenceForm form) {
		body.raw("<h2 id=\"evidence\">Witnesses and evidence</h2>");
		if (!view.reader().investigation()) {
			body.element("p", "Witnesses and evidence are shown to investigators and supervisors.");
			return;
		}
		body.table("Witnesses", List.of("Name"), view.witnesses().stream().map(w -> List.of(Html.cell(w))).toList());
		String reference = view.summary().reference();
		body.table("Evidence log", List.of("File", "Logged", "Kind", "What it is", "Type", "Size", "By"), view.evidence()
			.stream()
			.map(e -> List.of("<a href=\"/api/cases/" + Html.escape(reference) + "/evidence/" + Html.escape(e.id())
					+ "/content\">" + Html.escape(e.fileLabel()) + "</a>", Html.cell(Html.time(e.at())),
					Html.cell(Html.words(e.kind())), Html.cell(e.description()), Html.cell(e.contentType()),
					Html.cell(kilobytes(e.sizeBytes())), Html.cell(e.by())))
			.toList());
		uploadForm(body, reference, form);
	}

	private static void uploadForm(Html body, String reference, EvidenceForm form) {
		body.raw("<h3 id=\"log-evidence\">Log an item of evidence</h3>");
		if (form.logged()) {
			body.raw("<p class=\"notice\" role=\"status\">The item is logged: it is the last in the evidence log above.</p>");
		}
		if (!form.problems().isEmpty()) {
			body.raw("<div class=\"error-summary\" role=\"alert\"><h4>There is a problem</h4><ul>");
			for (String[] field : EvidenceForm.FIELDS) {
				if (form.problem(field[0]) != null) {
					body.raw("<li><a href=\"#evidence-" + field[0] + "\">").text(form.problem(field[0])).raw("</a></li>");
				}
			}
			body.raw("</ul></div>");
		}
		body.raw("<form class=\"upload\" method=\"post\" enctype=\"multipart/form-data\" action=\"/cases/")
			.text(reference)
			.raw("/evidence#log-evidence\">");
		if (form.csrfName() != null) {
			body.raw("<input type=\"hidden\" name=\"").text(form.csrfName()).raw("\" value=\"").text(form.csrfToken())
				.raw("\">");
		}
		field(body, form, "kind", "Kind of evidence", null);
		body.raw("<select id=\"evidence-kind\" name=\"kind\" required").raw(described(form, "kind", false)).raw(">")
			.raw("<option value=\"\">Choose the kind</option>");
		for (String kind : EvidenceLog.kinds()) {
			body.raw("<option value=\"").text(kind).raw(kind.equals(form.kind()) ? "\" selected>" : "\">")
				.text(Html.words(kind)).raw("</option>");
		}
		body.raw("</select></div>");
		field(body, form, "description", "What the item is",
				"What it shows and where it came from, in up to 2,000 characters.");
		body.raw("<textarea id=\"evidence-description\" name=\"description\" rows=\"4\" maxlength=\"2000\" required")
			.raw(described(form, "description", true)).raw(">").text(form.description()).raw("</textarea></div>");
		field(body, form, "file", "File",
				"PDF, JPEG, PNG, MP4, MP3, plain text or e-mail (.eml), up to 20 MB. It is stored under a number, "
						+ "not its file name.");
		body.raw("<input type=\"file\" id=\"evidence-file\" name=\"file\" required")
			.raw(described(form, "file", true)).raw("></div>");
		body.raw("<button type=\"submit\">Log the evidence</button></form>");
	}

	/** Opens a field's block: its label, its hint and its problem, each with an id the control refers to. */
	private static void field(Html body, EvidenceForm form, String name, String label, String hint) {
		String problem = form.problem(name);
		body.raw(problem == null ? "<div class=\"field\">" : "<div class=\"field has-error\">")
			.raw("<label for=\"evidence-" + name + "\">").text(label).raw("</label>");
		if (hint != null) {
			body.raw("<p class=\"hint\" id=\"evidence-" + name + "-hint\">").text(hint).raw("</p>");
		}
		if (problem != null) {
			body.raw("<p class=\"field-error\" id=\"evidence-" + name + "-error\"><span class=\"visually-hidden\">"
					+ "Error: </span>").text(problem).raw("</p>");
		}
	}

	private static String described(EvidenceForm form, String name, boolean hasHint) {
		List<String> ids = new ArrayList<>();
		if (hasHint) {
			ids.add("evidence-" + name + "-hint");
		}
		if (form.problem(name) != null) {
			ids.add("evidence-" + name + "-error");
		}
		String invalid = form.problem(name) == null ? "" : " aria-invalid=\"true\"";
		return ids.isEmpty() ? invalid : " aria-describedby=\"" + String.join(" ", ids) + "\"" + invalid;
	}

	private static String kilobytes(long bytes) {
		return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
	}

	private static String yes(boolean value) {
		return value ? "Yes" : "No";
	}

	private static String orUnknown(String value) {
		return value == null || value.isBlank() ? "Not known" : value;
	}

}
