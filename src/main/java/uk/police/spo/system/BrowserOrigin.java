package uk.police.spo.system;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a browser says a request comes from. Browsers send {@code Sec-Fetch-Site} and {@code Origin} with a
 * cross-site post; machine clients (partner systems, curl) send neither and are never taken for another site.
 */
public final class BrowserOrigin {

	private BrowserOrigin() {
	}

	/** True when a browser sent the request from a page of another origin than this service's. */
	public static boolean isCrossSite(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
			return true;
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		try {
			URI from = URI.create(origin);
			int port = from.getPort() != -1 ? from.getPort() : ("https".equals(from.getScheme()) ? 443 : 80);
			return !request.getServerName().equalsIgnoreCase(from.getHost()) || request.getServerPort() != port;
		}
		catch (IllegalArgumentException unreadable) {
			return true;
		}
	}

}
