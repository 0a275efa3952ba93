package uk.police.spo.partners.simulated;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /partners/simulated}: the staff page of the simulated partners (login required: supervisors, administrators
 * and the partners' users, see the security configuration). A form posts to
 * {@code /partners/simulated/{partner}/messages} and, once the message is taken, comes back to the page (303); a
 * refusal shows the page again with the inbound API's status and problems.
 */
@Controller
@SimulatedPartners
class SimulatedPartnerPage {

	/** No script, nothing from elsewhere; forms post to this application only. */
	static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'none'";

	private final SimulatedPartnerDesk desk;

	SimulatedPartnerPage(SimulatedPartnerDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/partners/simulated")
	@ResponseBody
	ResponseEntity<String> page(Authentication user, HttpServletRequest request,
			@RequestParam(name = "sent", required = false) String sent) {
		String notice = sent == null || !sent.matches("[a-z]+ [A-Z_]+") ? null
				: "Sent " + sent + " through the inbound API: it was taken.";
		return page(HttpStatus.OK, user, request, notice, List.of());
	}

	@PostMapping("/partners/simulated/{partner}/messages")
	@ResponseBody
	ResponseEntity<String> send(@PathVariable String partner, @RequestParam MultiValueMap<String, String> form,
			Authentication user, HttpServletRequest request) {
		try {
			desk.send(user, partner, form);
			String type = form.getFirst("type");
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.header(HttpHeaders.LOCATION, "/partners/simulated?sent=" + partner + "+" + type)
				.build();
		}
		catch (SimulatedPartnerDesk.NotSent notSent) {
			return page(notSent.status, user, request, null, notSent.problems);
		}
	}

	@GetMapping("/partners/simulated/{partner}/referrals/{idempotencyKey}/letter")
	ResponseEntity<byte[]> letter(@PathVariable String partner, @PathVariable String idempotencyKey,
			Authentication user) {
		return download(desk.letter(user, partner, idempotencyKey));
	}

	@GetMapping("/partners/simulated/mail/{number}/attachments/{index}")
	ResponseEntity<byte[]> attachment(@PathVariable int number, @PathVariable int index, Authentication user) {
		return download(desk.attachment(user, number, index));
	}

	private static ResponseEntity<byte[]> download(java.util.Optional<ReceivedMail.Attachment> found) {
		return found
			.map(file -> ResponseEntity.ok()
				.contentType(mediaType(file.mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file.fileName() == null ? "attachment" : file.fileName())
							.build()
							.toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(file.content()))
			.orElse(ResponseEntity.notFound().build());
	}

	private static MediaType mediaType(String type) {
		try {
			return MediaType.parseMediaType(type);
		}
		catch (InvalidMediaTypeException unusual) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	private ResponseEntity<String> page(HttpStatus status, Authentication user, HttpServletRequest request,
			String notice, List<String> problems) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String html = SimulatedPageHtml.render(desk.view(user, csrf == null ? null : csrf.getParameterName(),
				csrf == null ? null : csrf.getToken(), notice, problems));
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", POLICY)
			.header("Cache-Control", "no-store")
			.body(html);
	}

}
