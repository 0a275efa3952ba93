package uk.police.spo.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: a failure to reach the database that escapes everything inside (a login checked against
 * Camunda's identity tables in the security filters, an engine REST call, a page) is answered 503 with
 * {@code Retry-After} as a problem, not the container's 500. Other failures pass through untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException failure) {
			if (!DatabaseUnavailable.isCause(failure) || response.isCommitted()) {
				throw failure;
			}
			// class names only: a database error's message can quote submitted values
			log.warn("Database unreachable during {} {} ({}); answered 503", request.getMethod(), request.getRequestURI(),
					failure.getClass().getName());
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
			ProblemResponses.write(response, 503, DatabaseUnavailable.TITLE, DatabaseUnavailable.DETAIL);
		}
	}

}
