package uk.police.spo.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.security.SpoGroups;
import uk.police.spo.system.NotFoundProblem;
import uk.police.spo.units.CaseAccess;

/**
 * The supervisors' pages (security.SecurityConfiguration lets supervisors and administrators in): the figures and the
 * cases behind each; and every officer's work queue. A case's page is {@link CasePageController}'s. Pages are HTML
 * written here, from this host only.
 */
@Controller
class DashboardController {

	static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

	private final Dashboard dashboard;

	private final CaseList caseList;

	private final WorkQueue workQueue;

	private final CaseAccess access;

	private final AuditTrail audit;

	DashboardController(Dashboard dashboard, CaseList caseList, WorkQueue workQueue,
			CaseAccess access, AuditTrail audit) {
		this.dashboard = dashboard;
		this.caseList = caseList;
		this.workQueue = workQueue;
		this.access = access;
		this.audit = audit;
	}

	@GetMapping({ "/dashboard", "/dashboard/" })
	@Transactional
	ResponseEntity<String> page() {
		DashboardFigures figures = figuresAudited();
		return html(DashboardPage.render(figures, navigation()));
	}

	@GetMapping(path = "/dashboard/figures", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@Transactional
	DashboardFigures figures() {
		return figuresAudited();
	}

	/** The failed referrals name cases and partners: listing them is a read of who was referred where. */
	private DashboardFigures figuresAudited() {
		DashboardFigures figures = dashboard.figures(ViewerScope.of(access));
		if (!figures.failedReferrals().isEmpty()) {
			audit.record(AuditAction.CONSULT, null, List.of("referral.partner", "referral.caseReference"),
					"dashboard failed referrals");
		}
		return figures;
	}

	@GetMapping("/dashboard/cases")
	@Transactional
	ResponseEntity<String> cases(@RequestParam String figure, @RequestParam(required = false) String value,
			@RequestParam(defaultValue = "0") int page) {
		CaseFigure chosen = CaseFigure.byKey(figure).orElseThrow(CaseFigure.BadFigureException::new);
		if (page < 0 || page > 100_000) {
			throw new CaseFigure.BadFigureException();
		}
		CaseList.Page found = caseList.page(chosen, value, page, ViewerScope.of(access));
		if (!found.rows().isEmpty()) {
			audit.record(AuditAction.CONSULT, null, List.of("case.reference", "case.riskLevel"), "dashboard case list");
		}
		return html(CaseListPage.render(found, navigation()));
	}

	/** The case page was the supervisors' first and is everyone's now, at {@link CasePageController}'s address. */
	@GetMapping("/dashboard/cases/{reference}")
	ResponseEntity<Void> casePage(@PathVariable String reference) {
		if (!CasePageController.REFERENCE.matcher(reference).matches()) {
			throw NotFoundProblem.noSuchCase();
		}
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.header(HttpHeaders.LOCATION, "/cases/" + reference)
			.build();
	}

	@GetMapping({ "/work", "/work/" })
	ResponseEntity<String> work(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String risk, @RequestParam(required = false) String due,
			@RequestParam(required = false) String activity, @RequestParam(defaultValue = "0") int page) {
		WorkFilter filter = new WorkFilter(sort, "desc".equals(dir), risk, due, activity, page);
		return html(WorkPage.render(workQueue.queue(filter, ViewerScope.of(access)), navigation()));
	}

	@GetMapping(path = "/api/work", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	WorkQueue.Result workApi(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String risk, @RequestParam(required = false) String due,
			@RequestParam(required = false) String activity, @RequestParam(defaultValue = "0") int page) {
		return workQueue.queue(new WorkFilter(sort, "desc".equals(dir), risk, due, activity, page),
				ViewerScope.of(access));
	}

	@ExceptionHandler(CaseFigure.BadFigureException.class)
	ResponseEntity<ProblemDetail> badFigure() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The figure, filter, sort or page is not one this list knows.");
		problem.setTitle("Unknown figure or filter");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static ResponseEntity<String> notFound() {
		Html body = new Html().element("h1", "No such case").raw("<p><a href=\"/work\">Back to my case work</a></p>");
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(HTML)
			.body(Html.page("No such case", navigation(), body.toString()));
	}

	static ResponseEntity<String> html(String page) {
		return ResponseEntity.ok().contentType(HTML).body(page);
	}

	static List<String[]> navigation() {
		List<String> groups = EngineReader.currentGroups();
		List<String[]> items = new ArrayList<>();
		if (groups.contains(SpoGroups.SUPERVISORS) || groups.contains(SpoGroups.ADMINS)) {
			items.add(new String[] { "Dashboard", "/dashboard" });
		}
		items.add(new String[] { "My case work", "/work" });
		items.add(new String[] { "Tasklist", "/camunda/app/tasklist/default/" });
		items.add(new String[] { "Cockpit", "/camunda/app/cockpit/default/" });
		return items;
	}

}
