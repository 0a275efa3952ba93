package uk.police.spo.partners.simulated;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The staff page {@code /partners/simulated} as a demo user's browser works it (basic login, password {@code demo}):
 * opens the page, posts one of its forms with the page's CSRF token and session, follows no redirect, downloads a
 * link.
 */
final class SimulatedPartnerBrowser {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	SimulatedPartnerBrowser(int port) {
		this.port = port;
	}

	HttpResponse<String> page(String user) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(url("/partners/simulated")).header("Authorization", basic(user)).GET());
	}

	/** Posts a form of the page as the user, with the page's CSRF token and session. */
	HttpResponse<String> form(String user, HttpResponse<String> page, String partner, Map<String, String> fields)
			throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(page.body());
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (token.find()) {
			form.put("_csrf", token.group(1));
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(url("/partners/simulated/" + partner + "/messages"))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"))));
		page.headers().firstValue("Set-Cookie").ifPresent(cookie -> request.header("Cookie", cookie.split(";")[0]));
		return send(request);
	}

	HttpResponse<byte[]> download(String user, String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(url(path)).header("Authorization", basic(user)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

}
