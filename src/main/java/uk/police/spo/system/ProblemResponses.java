package uk.police.spo.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

/** Writes an RFC 9457 problem from a servlet filter, where Spring MVC's exception handling does not reach. */
public final class ProblemResponses {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ProblemResponses() {
	}

	public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
