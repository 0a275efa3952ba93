package uk.police.spo.security;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;

/**
 * The part of an address after '#' never reaches the server, so a Tasklist link to a task ({@code #/?task=...}) would
 * lose its task across the sign-in. The sign-in page's script ({@code dashboard/assets/sign-in.js}) posts it in the
 * form as {@value #FIELD}; the redirects that answer the sign-in (to the page asked for, or back to the sign-in page)
 * carry it on when it is a webapp route: {@code #/} then only letters, digits and {@code / ? = & . _ ~ % -}, not
 * {@code #//}, at most 200 characters. Anything else is dropped. The server alone chooses where the redirect goes;
 * the fragment can only name a place inside that page.
 */
final class FragmentKeepingRedirect implements RedirectStrategy {

	static final String FIELD = "fragment";

	private static final Pattern WEBAPP_ROUTE = Pattern.compile("#/(?!/)[A-Za-z0-9/?=&._~%-]{0,200}");

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		redirects.sendRedirect(request, response, url.contains("#") ? url : url + fragment(request));
	}

	static String fragment(HttpServletRequest request) {
		String fragment = request.getParameter(FIELD);
		return fragment != null && WEBAPP_ROUTE.matcher(fragment).matches() ? fragment : "";
	}

}
