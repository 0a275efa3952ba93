package uk.police.spo.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import uk.police.spo.investigation.EvidenceLog;
import uk.police.spo.units.CaseAccess;

/**
 * A case's page, {@code /cases/{reference}}: one page for every role of the force (security.SecurityConfiguration lets
 * staff in), showing each what its role may see ({@link CaseReader}) of its own units' cases; any other reference is
 * not found. It lives outside {@code /dashboard}, which is for those who oversee, because officers open it from every
 * task; the dashboard's old address answers with a permanent redirect here. The evidence upload form posts to
 * {@code /cases/{reference}/evidence} with the page's CSRF token and logs through the same service as the evidence
 * API ({@link EvidenceLog}); a refused upload draws the page again with the problem at its field, an accepted one
 * redirects back to the page (no personal data in either address).
 */
@Controller
class CasePageController {

	static final Pattern REFERENCE = Pattern.compile("[A-Z0-9-]{1,20}");

	private final CasePages casePages;

	private final CaseAccess access;

	private final EvidenceLog evidence;

	CasePageController(CasePages casePages, CaseAccess access, EvidenceLog evidence) {
		this.casePages = casePages;
		this.access = access;
		this.evidence = evidence;
	}

	@GetMapping("/cases/{reference}")
	ResponseEntity<String> page(@PathVariable String reference,
			@RequestParam(name = "logged", required = false) String logged, HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return draw(reference, EvidenceForm.empty(csrf == null ? null : csrf.getParameterName(),
				csrf == null ? null : csrf.getToken(), "evidence".equals(logged)), HttpStatus.OK);
	}

	@PostMapping(path = "/cases/{reference}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<String> logEvidence(@PathVariable String reference,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "description", required = false) String description, Principal user,
			HttpServletRequest request) throws IOException {
		if (!REFERENCE.matcher(reference).matches()) {
			return DashboardController.notFound();
		}
		Map<String, String> problems = new LinkedHashMap<>();
		EvidenceLog.Outcome outcome = null;
		if (file == null || file.isEmpty()) {
			problems.put("file", "Choose the file to log.");
		}
		else {
			try (InputStream content = file.getInputStream()) {
				outcome = evidence.log(reference, kind, description, content, user.getName());
			}
		}
		if (outcome instanceof EvidenceLog.NoSuchCase) {
			return DashboardController.notFound();
		}
		if (outcome instanceof EvidenceLog.Logged) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.header(HttpHeaders.LOCATION, "/cases/" + reference + "?logged=evidence#log-evidence")
				.build();
		}
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (outcome instanceof EvidenceLog.Invalid invalid) {
			invalid.problems().forEach(p -> problems.put(p.field(), inOfficersWords(p.field())));
		}
		else if (outcome instanceof EvidenceLog.Refused refused) {
			problems.put("file", refused.message());
			status = refused.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		}
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return draw(reference, new EvidenceForm(csrf == null ? null : csrf.getParameterName(),
				csrf == null ? null : csrf.getToken(), kind, description, problems, false), status);
	}

	private static String inOfficersWords(String field) {
		return "kind".equals(field) ? "Choose the kind of evidence."
				: "Say what the item is, in 1 to 2,000 characters.";
	}

	private ResponseEntity<String> draw(String reference, EvidenceForm form, HttpStatus status) {
		if (!REFERENCE.matcher(reference).matches()) {
			return DashboardController.notFound();
		}
		return casePages.page(reference, ViewerScope.of(access), CaseReader.current())
			.map(view -> ResponseEntity.status(status)
				.contentType(DashboardController.HTML)
				.body(CasePage.render(view, DashboardController.navigation(), form)))
			.orElseGet(DashboardController::notFound);
	}

}
