package uk.police.spo.intake;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.police.spo.system.BrowserOrigin;
import uk.police.spo.system.CachedBodyRequest;
import uk.police.spo.system.ProblemResponses;
import uk.police.spo.system.RateLimiter;

/**
 * What {@code POST /api/reports} refuses before reading a report: another site's page posting through a victim's
 * browser (403; machine clients send no Origin and are not affected), a client over its rate (429), and a body over
 * 256 KiB (413). Nothing is stored in any of these cases.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ReportEndpointGuard extends OncePerRequestFilter {

	static final int MAX_BODY_BYTES = 256 * 1024;

	private final RateLimiter limiter;

	ReportEndpointGuard(@Value("${spo.intake.rate-limit.capacity:30}") int capacity,
			@Value("${spo.intake.rate-limit.period:PT10M}") Duration period, Clock clock) {
		this.limiter = new RateLimiter(capacity, period, 100_000, clock);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !request.getRequestURI().equals(request.getContextPath() + "/api/reports");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (BrowserOrigin.isCrossSite(request)) {
			ProblemResponses.write(response, 403, "Forbidden",
					"Reports are accepted from this service's own page or from other systems, not from another site.");
			return;
		}
		String client = request.getRemoteAddr();
		if (!limiter.tryAcquire(client)) {
			response.setHeader("Retry-After", Long.toString(Math.max(1, limiter.secondsUntilNext(client))));
			ProblemResponses.write(response, 429, "Too many requests",
					"Too many reports from this connection. Please wait a little and try again; if you are in "
							+ "danger, call 999.");
			return;
		}
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			tooLarge(response);
			return;
		}
		CachedBodyRequest capped = CachedBodyRequest.read(request, MAX_BODY_BYTES);
		if (capped == null) {
			tooLarge(response);
			return;
		}
		chain.doFilter(capped, response);
	}

	private static void tooLarge(HttpServletResponse response) throws IOException {
		ProblemResponses.write(response, 413, "Report too large",
				"A report can be at most 256 KiB. Shorten the descriptions and send it again.");
	}

}
