package uk.police.spo.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A browser at the HTTP level: keeps its cookies (the one login's session, the webapps' CSRF cookie), follows no
 * redirect (each is asserted), and asks for HTML on a page as a browser's navigation does.
 */
public final class BrowserSession {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String root;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	public BrowserSession(String root) {
		this.root = root;
		this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build();
	}

	public static BrowserSession on(TestRestTemplate http) {
		return new BrowserSession(http.getRootUri());
	}

	/** A page as the browser asks for it when the officer follows a link. */
	public HttpResponse<String> page(String path) {
		return send(request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
	}

	/** A script's call (Tasklist's XHR asks for JSON). */
	public HttpResponse<String> get(String path) {
		return send(request(path).header("Accept", "application/json, text/plain, */*").GET());
	}

	public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> post(String path, String... headers) {
		HttpRequest.Builder request = request(path);
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.POST(HttpRequest.BodyPublishers.noBody()));
	}

	/** The sign-in page's form, filled and posted with the page's CSRF token: the answer to the post. */
	public HttpResponse<String> signIn(String user, String password) {
		return signIn(user, password, Map.of());
	}

	/**
	 * The same, with the part after '#' of the address the sign-in page was reached at, as the page's script puts it
	 * in the form.
	 */
	public HttpResponse<String> signIn(String user, String password, String fragment) {
		return signIn(user, password, Map.of("fragment", fragment));
	}

	private HttpResponse<String> signIn(String user, String password, Map<String, String> more) {
		HttpResponse<String> page = page("/login");
		if (page.statusCode() != 200) {
			throw new IllegalStateException("The sign-in page answered " + page.statusCode());
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", user);
		form.put("password", password);
		form.put("_csrf", csrfField(page.body()));
		form.putAll(more);
		return postForm("/login", form);
	}

	/** Whether a sign-in's answer let the user in: a redirect anywhere but back to the sign-in page. */
	public static boolean signedIn(HttpResponse<String> answer) {
		return answer.statusCode() == 302
				&& !answer.headers().firstValue("Location").orElse("").contains("/login");
	}

	public static String csrfField(String html) {
		Matcher token = CSRF_FIELD.matcher(html);
		if (!token.find()) {
			throw new IllegalStateException("No CSRF field in the page");
		}
		return token.group(1);
	}

	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** The cookies as a Cookie header, for a call made with another client. */
	public String cookieHeader() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(root + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
