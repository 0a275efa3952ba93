package uk.police.spo.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import uk.police.spo.system.ProblemResponses;

/**
 * The partners' inbound API answers a missing or wrong login (401) and another partner's endpoint (403) as
 * problem+json, as its published contract says; the rest of the application answers as before.
 */
final class PartnerApiProblems {

	static final RequestMatcher PARTNER_API = PathPatternRequestMatcher.withDefaults().matcher("/api/partners/**");

	/** Spring Security's default realm for HTTP Basic, kept for every other path. */
	private static final String REALM = "Realm";

	private PartnerApiProblems() {
	}

	static AuthenticationEntryPoint unauthenticated() {
		return (request, response, failure) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
			ProblemResponses.write(response, 401, "Unauthenticated",
					"Log in with your partner account (HTTP Basic) or a bearer token.");
		};
	}

	/** The partners' problem on their API, Spring Security's usual answer elsewhere. */
	static AccessDeniedHandler accessDenied() {
		AccessDeniedHandler forbidden = (request, response, denied) -> ProblemResponses.write(response, 403,
				"Forbidden", "This endpoint is another partner's: post to your own.");
		return new RequestMatcherDelegatingAccessDeniedHandler(new LinkedHashMap<>(Map.of(PARTNER_API, forbidden)),
				new AccessDeniedHandlerImpl());
	}

	/** For HTTP Basic's own failures: the partners' problem on their API, the usual challenge elsewhere. */
	static AuthenticationEntryPoint basic() {
		BasicAuthenticationEntryPoint usual = new BasicAuthenticationEntryPoint();
		usual.setRealmName(REALM);
		DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(
				new LinkedHashMap<>(Map.of(PARTNER_API, unauthenticated())));
		entryPoint.setDefaultEntryPoint(usual);
		return entryPoint;
	}

}
