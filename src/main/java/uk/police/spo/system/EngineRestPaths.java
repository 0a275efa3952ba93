package uk.police.spo.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the engine's REST resources are served: engine REST for the default engine ({@code /engine-rest}) or a named
 * one ({@code /engine-rest/engine/default}), and the webapps' own copy ({@code /camunda/api/engine/engine/default}).
 * Filters that guard a resource match all three, or a caller could go round them.
 */
public final class EngineRestPaths {

	/** A regular expression for the prefix; its one group is the engine's name on the webapps' path, else null. */
	public static final String BASE = "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/([^/]+))";

	private EngineRestPaths() {
	}

	/** The request's path inside the application. */
	public static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
