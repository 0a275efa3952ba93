package uk.police.spo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.spring.JqwikSpringSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.support.HostileHttp;
import uk.police.spo.support.HostileHttp.Answer;
import uk.police.spo.support.HostileText;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.RowCounts;

/**
 * Hostile paths and query parameters at the case and dashboard APIs ({@code /api/cases/...}, {@code /dashboard/...},
 * {@code /api/work}, {@code /api/referrals}, {@code /api/documents/...}): odd and encoded references, encoded
 * slashes and dots, very long paths, Unicode, raw bytes in the request line, and bad, repeated or huge query
 * parameters. Reads answer 200 or a 4xx, never a 5xx; a refusal is a problem (the HTML pages' "no such case" is a
 * page, for a browser, and what Tomcat refuses before the application sees it is Tomcat's page, without its version
 * or a trace); nothing changes but the audit log of a read that was answered.
 */
@JqwikSpringSupport
class CaseAndDashboardHostileInputTests extends MySqlCompatibleTest {

	/** Paths with the odd part at {@code %s}, and who may read them. */
	private static final Map<String, String> PATHS = Map.ofEntries(Map.entry("/api/cases/%s", "supervisor"),
			Map.entry("/api/cases/%s/documents", "supervisor"), Map.entry("/api/cases/%s/evidence", "supervisor"),
			Map.entry("/api/cases/%s/witnesses", "supervisor"),
			Map.entry("/api/cases/$CASE/evidence/%s/content", "supervisor"), Map.entry("/api/documents/%s", "supervisor"),
			Map.entry("/dashboard/cases/%s", "supervisor"), Map.entry("/api/referrals/%s/resend", "supervisor"));

	/** Lists with their query parameters, each given an odd value at {@code %s}. */
	private static final Map<String, String> QUERIES = Map.ofEntries(Map.entry("/api/work?sort=%s", "investigator"),
			Map.entry("/api/work?dir=%s", "investigator"), Map.entry("/api/work?risk=%s", "investigator"),
			Map.entry("/api/work?due=%s", "investigator"), Map.entry("/api/work?activity=%s", "investigator"),
			Map.entry("/api/work?page=%s", "investigator"), Map.entry("/work?sort=%s", "investigator"),
			Map.entry("/api/referrals?status=%s", "supervisor"), Map.entry("/dashboard/cases?figure=%s", "supervisor"),
			Map.entry("/dashboard/cases?figure=openByStage&value=%s", "supervisor"),
			Map.entry("/dashboard/cases?figure=openByStage&page=%s", "supervisor"),
			Map.entry("/api/audit?case=%s", "supervisor"), Map.entry("/api/audit?user=%s", "supervisor"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private HostileHttp client;

	private String knownCase;

	@Property(tries = 150)
	void anOddPathPartIsAnsweredWithoutAServerError(@ForAll("paths") String template, @ForAll("pathParts") String part) {
		String path = template.replace("$CASE", knownCase()).formatted(part);
		String method = path.endsWith("/resend") ? "POST" : "GET";

		read(method, path, PATHS.get(template), path);
	}

	@Property(tries = 120)
	void anOddQueryParameterIsAnsweredWithoutAServerError(@ForAll("queries") String template,
			@ForAll("queryValues") String value) {
		read("GET", template.formatted(value), QUERIES.get(template), template + " = " + value);
	}

	/** Bytes no HTTP client sends in a request line: overlong and CESU-8 forms, NUL, control characters. */
	@Property(tries = 40)
	void rawBytesInTheRequestLineAreRefusedByTheContainerOrAnswered(@ForAll("malformed") byte[] raw,
			@ForAll("paths") String template) {
		byte[] target = HostileText.withRawBytes(template.replace("$CASE", knownCase()), raw);
		Map<String, Integer> before = RowCounts.of(jdbc);

		Answer answer = http().raw(template.endsWith("/resend") ? "POST" : "GET", target, PATHS.get(template),
				Map.of(), null);

		Statistics.label("status").collect(answer.status());
		// the container's own 400 for a request line it cannot parse is not the application's to shape
		HostileHttp.assertHandled(answer, template, 400, 404);
		assertThat(answer.status()).isBetween(400, 499);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	private void read(String method, String path, String user, String input) {
		Map<String, Integer> before = RowCounts.of(jdbc);

		Answer answer = validUri(path) ? http().send(method, path, user, null, null, Map.of())
				: http().raw(method, path.getBytes(StandardCharsets.UTF_8), user, Map.of(), null);

		Statistics.label("status").collect(answer.status());
		boolean htmlPage = path.startsWith("/dashboard/cases/") || path.startsWith("/work");
		if (answer.isContainerRefusal()) {
			Statistics.label("refused by the container").collect(true);
			HostileHttp.assertHandled(answer, input, 400);
		}
		else if (htmlPage && answer.contentType().startsWith("text/html")) {
			assertThat(answer.status()).as(input + ": " + answer).isIn(200, 404);
		}
		else {
			HostileHttp.assertHandled(answer, input);
		}
		assertThat(answer.status()).as(input + ": " + answer).isLessThan(500);
		Map<String, Integer> after = RowCounts.of(jdbc);
		after.put("audit_entry", before.get("audit_entry"));
		assertThat(after).as("a read changes nothing: " + input).isEqualTo(before);
	}

	/** Whether java.net.http takes the path; one with a bad escape ("%", "%zz") goes over the raw socket. */
	private static boolean validUri(String path) {
		try {
			java.net.URI.create("http://localhost" + path);
			return true;
		}
		catch (IllegalArgumentException badEscape) {
			return false;
		}
	}

	@Provide
	Arbitrary<String> paths() {
		return Arbitraries.of(PATHS.keySet());
	}

	@Provide
	Arbitrary<String> queries() {
		return Arbitraries.of(QUERIES.keySet());
	}

	@Provide
	Arbitrary<String> pathParts() {
		Arbitrary<String> odd = Arbitraries.of("SH-2026-999999", "sh-2026-000001", "SH-2026-0000001", "SH-2026-00000",
				"SH--1", "%20", "%00", "%2F", "SH-2026-000001%2F..%2F..", "..", "%2e%2e", "%2E%2E%2Fapi", ".%2e", "%5C",
				"%252F", "%25", "%", "%zz", "%c0%af", "%ed%a0%80", "%f4%90%80%80", "%ff", "a;b=c", ";jsessionid=1",
				"SH-2026-000001;x", "%3B", "~", "*", "null", "undefined", "-1", "0", "00000000-0000-0000-0000-000000000000",
				"3f2c8a4e-6b1d-4c57-9a0e-2d7b5e8f1a93", "3f2c8a4e-6b1d-4c57-9a0e-2d7b5e8f1a9", "{id}", "$%7Bjndi%7D",
				"%3Cscript%3E", "'%20or%20'1'='1", "x".repeat(3000), "x".repeat(70_000));
		Arbitrary<String> unicode = HostileText.unicode()
			.map(text -> URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
		return Arbitraries.frequencyOf(Tuple.of(3, odd), Tuple.of(1, unicode));
	}

	@Provide
	Arbitrary<String> queryValues() {
		Arbitrary<String> odd = Arbitraries.of("", "%20", "-1", "2147483648", "99999999999999999999", "1e3", "0x10",
				"NaN", "desc", "DESC", "due", "risk", "HIGH", "high", "overdue", "FAILED", "failed", "SENT", "%00",
				"%2F", "a&sort=b&sort=c", "x%26page%3D-1", "%ff%fe", "%c0%af", "%", "%zz", "openByStage", "unknown",
				"x".repeat(5000), "1;2", "..%2F..%2F");
		Arbitrary<String> unicode = HostileText.unicode()
			.map(text -> URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
		return Arbitraries.frequencyOf(Tuple.of(3, odd), Tuple.of(1, unicode),
				Tuple.of(1, Combinators.combine(odd, odd).as((a, b) -> a + "&page=" + b)));
	}

	@Provide
	Arbitrary<byte[]> malformed() {
		return Arbitraries.of(HostileText.MALFORMED_UTF8);
	}

	private String knownCase() {
		if (knownCase == null) {
			knownCase = http().report();
		}
		return knownCase;
	}

	/** Made on first use: the port is injected after jqwik's lifecycle hooks have run. */
	private HostileHttp http() {
		if (client == null) {
			client = new HostileHttp(port);
		}
		return client;
	}

}
