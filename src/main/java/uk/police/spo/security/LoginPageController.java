package uk.police.spo.security;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page of the one browser login ({@link BrowserSessionSecurity}), in the staff pages' style and under
 * their policy (nothing from another host, no inline script: one script of its own, {@code sign-in.js}, which puts the
 * link's part after '#' in the form). Without a provider: user name and password, posted with Spring Security's CSRF
 * token to Spring's form login. With one (profile oidc): a link to the provider.
 */
@Controller
class LoginPageController {

	static final String FAILED = "The user name or password is wrong, or the account is locked for a while after a "
			+ "failed sign-in. Check them and try again in a minute; if it goes on, ask your supervisor.";

	static final String PROVIDER_FAILED = "Signing in through the force's account did not work. Try again; if it goes "
			+ "on, ask your supervisor.";

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final ObjectProvider<BrowserLogin> logins;

	LoginPageController(ObjectProvider<BrowserLogin> logins) {
		this.logins = logins;
	}

	@GetMapping(BrowserLogin.LOGIN_PAGE)
	ResponseEntity<String> page(@RequestParam(required = false) String error,
			@RequestParam(required = false) String logout, HttpServletRequest request) {
		String provider = logins.getIfAvailable(PasswordLogin::new).providerLink();
		boolean failed = error != null;
		StringBuilder body = new StringBuilder(4096);
		body.append("<h1>Sign in</h1>");
		if (failed) {
			body.append("<div class=\"error-summary\" role=\"alert\" id=\"sign-in-error\"><h2>There is a problem</h2>")
				.append("<p>")
				.append(escape(provider == null ? FAILED : PROVIDER_FAILED))
				.append("</p></div>");
		}
		else if (logout != null) {
			body.append("<p class=\"notice\" role=\"status\">You have signed out.</p>");
		}
		body.append("<p>One sign-in opens Tasklist, Cockpit, Admin, the case pages, your work queue and the "
				+ "dashboard, each as far as your role allows.</p>");
		if (provider != null) {
			body.append("<p><a href=\"").append(escape(provider))
				.append("\">Sign in with your force account</a></p>");
		}
		else {
			CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			String described = failed ? " aria-invalid=\"true\" aria-describedby=\"sign-in-error\"" : "";
			body.append("<form method=\"post\" action=\"").append(BrowserLogin.LOGIN_PAGE).append("\" class=\"upload\">")
				.append("<div class=\"field\"><label for=\"username\">User name</label>")
				.append("<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" ")
				.append("autocapitalize=\"none\" spellcheck=\"false\" required").append(described).append("></div>")
				.append("<div class=\"field\"><label for=\"password\">Password</label>")
				.append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" ")
				.append("required").append(described).append("></div>");
			if (csrf != null) {
				body.append("<input type=\"hidden\" name=\"").append(escape(csrf.getParameterName()))
					.append("\" value=\"").append(escape(csrf.getToken())).append("\">");
			}
			// filled by sign-in.js with the link's part after '#', which the browser never sends
			body.append("<input type=\"hidden\" id=\"").append(FragmentKeepingRedirect.FIELD).append("\" name=\"")
				.append(FragmentKeepingRedirect.FIELD).append("\" value=\"\">");
			body.append("<button type=\"submit\">Sign in</button></form>");
		}
		String title = (failed ? "Error: " : "") + "Sign in - Stalking Protection";
		String page = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
				+ "</title><link rel=\"stylesheet\" href=\"/dashboard/assets/dashboard.css\">"
				+ "<script src=\"/dashboard/assets/sign-in.js\" defer></script></head><body>"
				+ "<a class=\"skip\" href=\"#main\">Skip to main content</a>"
				+ "<header><p class=\"service\">Stalking Protection: case management</p></header>"
				+ "<main id=\"main\">" + body + "</main></body></html>";
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(HTML).body(page);
	}

	private static String escape(String value) {
		return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
