package uk.police.spo.dashboard;

import java.util.ArrayList;
import java.util.List;

/** The dashboard as HTML: each section a chart (SVG) and the table of its numbers, each number a link to its cases. */
final class DashboardPage {

	private DashboardPage() {
	}

	static String render(DashboardFigures f, List<String[]> navigation) {
		Html body = new Html();
		body.element("h1", "Supervisors' dashboard")
			.raw("<p class=\"scope\">")
			.text((f.everyUnit() ? "Every unit" : "Units: " + String.join(", ", f.units())) + ". As of "
					+ Html.time(f.asOf()) + " (UK time).")
			.raw("</p>");
		openCases(body, f);
		reported(body, f);
		deadlines(body, f);
		highRisk(body, f);
		leadTimes(body, "Report to triage completed", f.reportToTriage());
		leadTimes(body, "Report to SPO application lodged", f.reportToApplication());
		orders(body, f);
		partners(body, f);
		engine(body, f.engine());
		return Html.page("Supervisors' dashboard", navigation, body.toString());
	}

	private static void section(Html body, String id, String heading) {
		body.raw("<section aria-labelledby=\"" + id + "\"><h2 id=\"" + id + "\">").text(heading).raw("</h2>");
	}

	private static void openCases(Html body, DashboardFigures f) {
		section(body, "open-cases", "Open cases");
		long total = f.openByStage().stream().mapToLong(Figure::count).sum();
		body.raw("<p class=\"headline\">")
			.raw(Html.count(new Figure("Open cases", CaseFigure.OPEN.key, null, total)))
			.text(total == 1 ? " open case" : " open cases")
			.raw("</p><div class=\"pair\">")
			.raw(SvgCharts.bars("Open cases by stage", f.openByStage()));
		List<List<String>> rows = new ArrayList<>();
		for (Figure stage : f.openByStage()) {
			List<String> row = new ArrayList<>(List.of(Html.cell(Html.words(stage.label()))));
			for (String risk : CaseFigures.RISKS) {
				long n = f.openByStageAndRisk()
					.stream()
					.filter(c -> c.stage().equals(stage.value()) && c.risk().equals(risk))
					.mapToLong(DashboardFigures.StageRisk::count)
					.sum();
				row.add(Html.count(new Figure(risk, CaseFigure.STAGE.key, stage.value() + "." + risk, n)));
			}
			row.add(Html.count(stage));
			rows.add(row);
		}
		List<String> totals = new ArrayList<>(List.of("All stages"));
		f.openByRisk().forEach(risk -> totals.add(Html.count(risk)));
		totals.add(Html.count(new Figure("Open cases", CaseFigure.OPEN.key, null, total)));
		rows.add(totals);
		body.table("Open cases by stage and risk level", List.of("Stage", "High", "Medium", "Standard", "Not assessed",
				"All"), rows);
		body.raw("</div><div class=\"pair\">").raw(SvgCharts.bars("Open cases by risk level", f.openByRisk()));
		body.table("Open cases by risk level", List.of("Risk level", "Cases"), f.openByRisk()
			.stream()
			.map(r -> List.of(Html.cell(Html.words(r.label())), Html.count(r)))
			.toList());
		body.raw("</div></section>");
	}

	private static void reported(Html body, DashboardFigures f) {
		section(body, "reported", "Cases reported per week");
		body.raw("<div class=\"pair\">").raw(SvgCharts.columns("Cases reported per week, last 12 weeks",
				f.reportedPerWeek()));
		body.table("Cases reported per week (weeks begin on Monday)", List.of("Week beginning", "Cases"),
				f.reportedPerWeek().stream().map(w -> List.of(Html.cell(w.label()), Html.count(w))).toList());
		body.raw("</div></section>");
	}

	private static void deadlines(Html body, DashboardFigures f) {
		EngineFigures.Counts e = f.engine();
		section(body, "deadlines", "Tasks past their deadline");
		body.table("Tasks past their deadline and escalated", List.of("Tasks", "Number"), List.of(
				List.of("Past their deadline", Html.count(new Figure("", CaseFigure.OVERDUE_TASKS.key, null, e.overdueTasks()))),
				List.of("Escalated to supervisors", Html.count(new Figure("", CaseFigure.ESCALATED.key, null,
						e.escalatedTasks()))),
				List.of("Of suspended processes (offered to nobody, not counted above)",
						Html.count(new Figure("", CaseFigure.SUSPENDED_TASKS.key, null, e.suspendedTasks())))));
		body.raw("<div class=\"pair\">").raw(SvgCharts.bars("Overdue tasks by activity", e.overdueByActivity()));
		body.table("Overdue tasks by activity", List.of("Activity", "Tasks"), e.overdueByActivity()
			.stream()
			.map(a -> List.of(Html.cell(a.label()), Html.count(a)))
			.toList());
		body.raw("</div><div class=\"pair\">").raw(SvgCharts.bars("Overdue tasks by who holds them",
				e.overdueByAssignee()));
		body.table("Overdue tasks by who holds them", List.of("Held by", "Tasks"), e.overdueByAssignee()
			.stream()
			.map(a -> List.of(Html.cell(a.label()), Html.count(a)))
			.toList());
		body.raw("</div></section>");
	}

	private static void highRisk(Html body, DashboardFigures f) {
		section(body, "high-risk", "High-risk cases needing action");
		body.table("High-risk open cases", List.of("Cases", "Number"), List.of(
				List.of(Html.cell("Without a safeguarding plan"), Html.count(f.noSafeguardingPlan())),
				List.of(Html.cell("Without a MARAC referral"), Html.count(f.noMaracReferral()))));
		body.raw("</section>");
	}

	private static void leadTimes(Html body, String heading, LeadTimes times) {
		String id = times.figure() + "-times";
		section(body, id, heading);
		body.raw("<p class=\"headline\">")
			.text("Cases reported in the last 12 weeks: " + times.cases() + ". Median " + hours(times.medianMinutes())
					+ ", 90th percentile " + hours(times.p90Minutes()) + ".")
			.raw("</p><div class=\"pair\">")
			.raw(SvgCharts.lines(heading + ": median and 90th percentile per week of report, in hours", times.weeks()));
		body.table(heading + ", per week of report", List.of("Week beginning", "Cases", "Median", "90th percentile"),
				times.weeks()
					.stream()
					.map(w -> List.of(Html.cell(w.monday().toString()),
							Html.count(new Figure("", times.figure(), w.monday().toString(), w.cases())),
							Html.cell(hours(w.medianMinutes())), Html.cell(hours(w.p90Minutes()))))
					.toList());
		body.raw("</div></section>");
	}

	static String hours(Long minutes) {
		if (minutes == null) {
			return "none";
		}
		return minutes < 120 ? minutes + " min" : String.format(java.util.Locale.ROOT, "%.1f h", minutes / 60.0);
	}

	private static void orders(Html body, DashboardFigures f) {
		section(body, "orders", "Stalking Protection Orders");
		body.raw("<div class=\"pair\">").raw(SvgCharts.bars("SPO applications by state", f.spoApplications()));
		body.table("SPO applications", List.of("State", "Applications"), f.spoApplications()
			.stream()
			.map(s -> List.of(Html.cell(s.label()), Html.count(s)))
			.toList());
		body.raw("</div>");
		body.table("Orders", List.of("Orders", "Number"), List.of(
				List.of(Html.cell("In force"), Html.count(f.ordersInForce())),
				List.of(Html.cell("In force, ending within 60 days"), Html.count(f.ordersEnding())),
				List.of(Html.cell("Served, notification by the defendant overdue"), Html.count(f.notificationsOverdue())),
				List.of(Html.cell("Breaches reported in the last 30 days"), Html.count(f.breaches()))));
		body.raw("</section>");
	}

	private static void partners(Html body, DashboardFigures f) {
		section(body, "partners", "Partner referrals and messages");
		List<List<String>> rows = new ArrayList<>();
		for (String partner : CaseFigure.PARTNERS) {
			List<String> row = new ArrayList<>(List.of(Html.cell(Html.words(partner))));
			f.referrals().stream().filter(r -> r.value().startsWith(partner + ".")).forEach(r -> row.add(Html.count(r)));
			rows.add(row);
		}
		List<String> headings = new ArrayList<>(List.of("Partner"));
		CaseFigure.REFERRAL_STATUSES.forEach(s -> headings.add(Html.words(s)));
		body.table("Referrals by partner and status", headings, rows);
		if (f.failedReferrals().isEmpty()) {
			body.raw("<p>").text("No referral has failed.").raw("</p>");
		}
		else {
			body.table("Failed referrals (latest " + CaseFigures.FAILED_LISTED + ")",
					List.of("Case", "Partner", "Purpose", "Failed at"), f.failedReferrals()
						.stream()
						.map(r -> List.of(Html.caseLink(r.reference()), Html.cell(Html.words(r.partner())),
								Html.cell(Html.words(r.purpose())), Html.cell(Html.time(r.failedAt()))))
						.toList());
		}
		body.table("Refused partner messages", List.of("Partner", "Messages"), f.refusedMessages()
			.stream()
			.map(m -> List.of(Html.cell(Html.words(m.label())), Html.count(m)))
			.toList());
		body.raw("</section>");
	}

	private static void engine(Html body, EngineFigures.Counts e) {
		section(body, "engine", "Process engine");
		body.table("Process engine", List.of("Figure", "Number"), List.of(
				List.of(Html.cell("Open tasks"), Html.cell(Long.toString(e.openTasks()))),
				List.of(Html.cell("Incidents"), Html.count(new Figure("", CaseFigure.INCIDENTS.key, null, e.incidents()))),
				List.of(Html.cell("Failed jobs (no retries left)"),
						Html.count(new Figure("", CaseFigure.FAILED_JOBS.key, null, e.failedJobs())))));
		body.raw("</section>");
	}

}
