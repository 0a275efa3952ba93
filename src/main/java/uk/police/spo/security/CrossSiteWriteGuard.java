package uk.police.spo.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.police.spo.system.BrowserOrigin;
import uk.police.spo.system.ProblemResponses;

/**
 * CSRF protection for the APIs that take HTTP Basic (the project's {@code /api/**} and engine REST). A browser keeps
 * Basic credentials once given and sends them with any request to this host, so another site's page could otherwise
 * post a purge approval or a task completion through a logged-in officer's browser. A change from another site is
 * refused before anything else; machine clients and this host's own pages are not affected. The public report
 * endpoint has the same check of its own (intake.ReportEndpointGuard) and Camunda's webapps their own CSRF tokens.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CrossSiteWriteGuard extends OncePerRequestFilter {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return READS.contains(request.getMethod()) || path.equals("/api/reports")
				|| !(path.startsWith("/api/") || path.startsWith("/engine-rest/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (BrowserOrigin.isCrossSite(request)) {
			ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
					"Changes are accepted from this service's own pages or from other systems, not from another site.");
			return;
		}
		chain.doFilter(request, response);
	}

}
