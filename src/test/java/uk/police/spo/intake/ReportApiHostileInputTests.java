package uk.police.spo.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
 * Hostile input at the public report API over a real socket: Unicode edge cases and malformed UTF-8 in every text
 * field, every field at the longest the contract allows in characters of every width, wrong content types, and
 * requests whose framing lies. Every answer is 201 or a 4xx problem; a refused report stores nothing.
 */
@JqwikSpringSupport
class ReportApiHostileInputTests extends MySqlCompatibleTest {

	/** A report with one field left open ({@code %s}), by the field's JSON path. */
	static final Map<String, String> ONE_FIELD = Map.ofEntries(
			Map.entry("incidents[0].description",
					"{\"reporterType\":\"ANONYMOUS\",\"incidents\":[{\"behaviour\":\"FOLLOWING\",\"description\":%s}]}"),
			Map.entry("incidents[0].location",
					"{\"reporterType\":\"ANONYMOUS\",\"incidents\":[{\"behaviour\":\"CONTACT\",\"location\":%s}]}"),
			Map.entry("incidents[0].behaviour", "{\"reporterType\":\"ANONYMOUS\",\"incidents\":[{\"behaviour\":%s}]}"),
			Map.entry("incidents[0].occurredOn",
					"{\"reporterType\":\"ANONYMOUS\",\"incidents\":[{\"behaviour\":\"OTHER\",\"occurredOn\":%s}]}"),
			Map.entry("impact", "{\"reporterType\":\"ANONYMOUS\",\"impact\":%s,\"incidents\":[{\"behaviour\":\"CONTACT\"}]}"),
			Map.entry("reporterType", "{\"reporterType\":%s,\"incidents\":[{\"behaviour\":\"CONTACT\"}]}"),
			Map.entry("earlierReference",
					"{\"reporterType\":\"ANONYMOUS\",\"earlierReference\":%s,\"incidents\":[{\"behaviour\":\"CONTACT\"}]}"),
			Map.entry("victim.name", victim("\"name\":%s,\"phone\":\"07700 900123\"")),
			Map.entry("victim.address", victim("\"address\":%s,\"phone\":\"07700 900123\"")),
			Map.entry("victim.phone", victim("\"phone\":%s")),
			Map.entry("victim.email", "{\"reporterType\":\"VICTIM\",\"victim\":{\"email\":%s,\"safeContact\":"
					+ "{\"method\":\"EMAIL\"}},\"incidents\":[{\"behaviour\":\"CONTACT\"}]}"),
			Map.entry("victim.safeContact.safeTimes", "{\"reporterType\":\"VICTIM\",\"victim\":{\"phone\":\"07700 900123\","
					+ "\"safeContact\":{\"method\":\"PHONE\",\"safeTimes\":%s}},\"incidents\":[{\"behaviour\":\"CONTACT\"}]}"),
			Map.entry("suspect.name", suspect("\"name\":%s")),
			Map.entry("suspect.description", suspect("\"description\":%s")),
			Map.entry("suspect.onlineAccounts[0]", suspect("\"onlineAccounts\":[%s]")),
			Map.entry("reporter.relationshipToVictim", "{\"reporterType\":\"THIRD_PARTY\",\"reporter\":{\"phone\":"
					+ "\"07700 900124\",\"relationshipToVictim\":%s},\"incidents\":[{\"behaviour\":\"CONTACT\"}]}"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/** Made on first use: the port is injected after jqwik's lifecycle hooks have run. */
	private HostileHttp client;

	private HostileHttp http() {
		if (client == null) {
			client = new HostileHttp(port);
		}
		return client;
	}

	@Property(tries = 120)
	void unicodeEdgeCasesInAnyTextFieldAreStoredOrRefusedNeverAServerError(@ForAll("fields") String field,
			@ForAll("unicode") String text, @ForAll("clients") String client) {
		byte[] body = ONE_FIELD.get(field).formatted(HostileText.json(text)).getBytes(StandardCharsets.UTF_8);

		postAndCheck(body, "application/json", client, field + " = " + HostileText.json(text), 201, 400, 413);
	}

	@Property(tries = 60)
	void malformedUtf8InAnyTextFieldIsRefusedOrStoredNeverAServerError(@ForAll("fields") String field,
			@ForAll("malformed") byte[] raw, @ForAll("clients") String client) {
		byte[] body = HostileText.withRawBytes(ONE_FIELD.get(field).formatted("\"%s\""), raw);

		postAndCheck(body, "application/json", client, field + " with raw bytes", 201, 400);
	}

	/**
	 * Characters of one, two, three and four UTF-8 bytes (the last a surrogate pair, two Java characters) filling
	 * every field to the longest its contract allows (the online accounts: nine of 200, as many as fit in the 2000
	 * characters they may take together): such a report is valid and must be stored whole.
	 */
	@Property(tries = 12)
	void aReportWithEveryFieldAtItsLimitIsStored(@ForAll("widths") String unit, @ForAll("clients") String client) {
		String body = """
				{"reporterType":"VICTIM","relationship":"EX_PARTNER","impact":%s,
				 "victim":{"name":%s,"address":%s,"phone":"07700 900123",
				  "safeContact":{"method":"PHONE","safeTimes":%s,"voicemailSafe":false}},
				 "suspect":{"name":%s,"description":%s,"address":%s,"onlineAccounts":[%s]},
				 "incidents":[{"behaviour":"FOLLOWING","location":%s,"description":%s}]}"""
			.formatted(fill(unit, 4000), fill(unit, 200), fill(unit, 500), fill(unit, 200), fill(unit, 200),
					fill(unit, 2000), fill(unit, 500), String.join(",", java.util.Collections.nCopies(9, fill(unit, 200))),
					fill(unit, 500), fill(unit, 4000));

		Answer answer = postAndCheck(body.getBytes(StandardCharsets.UTF_8), "application/json", client,
				"every field full of " + unit, 201);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
	}

	/** Found by the property above: twenty accounts of 200 characters did not fit their column and got 503. */
	@Example
	void onlineAccountsLongerTogetherThanTheirColumnAreRefusedByName() {
		String accounts = String.join(",", java.util.Collections.nCopies(20, fill("a", 200)));
		byte[] body = ONE_FIELD.get("suspect.onlineAccounts[0]").formatted(accounts).getBytes(StandardCharsets.UTF_8);

		Answer answer = postAndCheck(body, "application/json", "203.0.113.250", "20 accounts of 200", 400);

		assertThat(answer.text()).contains("\"field\":\"suspect.onlineAccounts\"", "2000 characters");
	}

	@Property(tries = 40)
	void aReportInAnyOtherContentTypeIsRefusedWith415(@ForAll("contentTypes") String contentType,
			@ForAll("clients") String client) {
		byte[] report = "{\"reporterType\":\"ANONYMOUS\",\"incidents\":[{\"behaviour\":\"CONTACT\"}]}"
			.getBytes(StandardCharsets.UTF_8);

		Answer answer = postAndCheck(report, contentType, client, "Content-Type " + contentType, 201, 400, 415);
		Statistics.label("content type")
			.collect((contentType.length() > 60 ? contentType.substring(0, 40) + "..." : contentType) + " -> "
					+ answer.status());
	}

	/**
	 * Framing that lies: a length larger or smaller than the body, two lengths, a negative one, a broken chunked
	 * body, a NUL and an overlong '/' in the request line. The servlet container refuses these itself, before the
	 * application, with a bare 400; none may reach the application half-read.
	 */
	@Example
	void requestsWhoseFramingLiesAreRefusedBeforeAnythingIsStored() {
		byte[] report = "{\"reporterType\":\"ANONYMOUS\",\"incidents\":[{\"behaviour\":\"CONTACT\"}]}"
			.getBytes(StandardCharsets.UTF_8);
		Map<String, Integer> before = RowCounts.of(jdbc);
		List<Answer> answers = List.of(
				http().raw("POST", bytes("/api/reports"), null,
						Map.of("Content-Type", "application/json", "Content-Length", "10"), report),
				http().raw("POST", bytes("/api/reports"), null,
						Map.of("Content-Type", "application/json", "Content-Length", "-1"), report),
				http().raw("POST", bytes("/api/reports"), null,
						Map.of("Content-Type", "application/json", "Content-Length", "5000"), report),
				http().raw("POST", bytes("/api/reports"), null,
						Map.of("Content-Type", "application/json", "Content-Length", "70, 12"), report),
				http().raw("POST", bytes("/api/reports"), null,
						Map.of("Content-Type", "application/json", "Transfer-Encoding", "chunked"),
						"zz\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
				http().raw("POST", bytes("/api/reports"), null,
						Map.of("Content-Type", "application/json", "Transfer-Encoding", "chunked", "Content-Length", "5"),
						"2\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
				http().raw("POST", HostileText.withRawBytes("/api%s/reports", HostileText.bytes(0xC0, 0xAF)), null,
						Map.of("Content-Type", "application/json"), report),
				http().raw("POST", bytes("/api/reports\u0000"), null, Map.of("Content-Type", "application/json"), report),
				http().raw("POST", bytes("/api/reports"), null, Map.of("Content-Type", "application/json\u0000"), report));

		for (Answer answer : answers) {
			HostileHttp.assertHandled(answer, "lying framing", 400);
			assertThat(answer.status()).as(answer.toString()).isIn(400, 404, 405, 411, 413, 415, 501);
		}
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	private Answer postAndCheck(byte[] body, String contentType, String client, String input, int... allowed) {
		Map<String, Integer> before = RowCounts.of(jdbc);

		Answer answer = http().send("POST", "/api/reports", null, contentType, body, Map.of("X-Forwarded-For", client));

		Statistics.label("status").collect(answer.status());
		HostileHttp.assertHandled(answer, input);
		assertThat(answer.status()).as(input + ": " + answer).isIn(java.util.Arrays.stream(allowed).boxed().toList());
		Map<String, Integer> after = RowCounts.of(jdbc);
		if (answer.status() == 201) {
			assertThat(after.get("case_file")).as(input).isEqualTo(before.get("case_file") + 1);
			assertThat(after.get("ACT_HI_PROCINST")).as(input).isGreaterThan(before.get("ACT_HI_PROCINST"));
		}
		else {
			assertThat(after).as("nothing stored for " + input + ": " + answer).isEqualTo(before);
		}
		return answer;
	}

	@Provide
	Arbitrary<String> fields() {
		return Arbitraries.of(ONE_FIELD.keySet());
	}

	@Provide
	Arbitrary<String> unicode() {
		return HostileText.unicode();
	}

	@Provide
	Arbitrary<byte[]> malformed() {
		return HostileText.malformedUtf8();
	}

	@Provide
	Arbitrary<String> clients() {
		// TEST-NET-1: addresses no other test posts from (ReportApiTests spends 203.0.113.77 to its limit)
		return Arbitraries.integers().between(1, 254).map(n -> "192.0.2." + n);
	}

	@Provide
	Arbitrary<String> widths() {
		return Arbitraries.of("a", "\u00E9", "\u4E2D", "\uD83D\uDE00", "e\u0301", "\u0000", "\u202E");
	}

	@Provide
	Arbitrary<String> contentTypes() {
		return Arbitraries.of("text/plain", "application/xml", "text/json", "application/jsonx", "application/x-json",
				"multipart/form-data; boundary=xyz", "application/x-www-form-urlencoded", "application/octet-stream",
				"application/json; charset=UTF-16", "application/json; charset=ISO-8859-1",
				"application/json; charset=no-such-charset", "application/json;;;", "application/json; =", "*/*",
				"application/*", "APPLICATION/JSON", "application/problem+json", "application/merge-patch+json",
				"application/vnd.api+json", "text/html; charset=utf-8", "json", "/", ";", "a/b/c",
				"application/json; boundary=\"" + "x".repeat(4000) + "\"");
	}

	/** Text of {@code max} Java characters made of {@code unit}; a two-character unit fills it exactly. */
	private static String fill(String unit, int max) {
		return HostileText.json(unit.repeat(max / unit.length()));
	}

	private static String victim(String fields) {
		return "{\"reporterType\":\"VICTIM\",\"victim\":{" + fields + ",\"safeContact\":{\"method\":\"PHONE\"}},"
				+ "\"incidents\":[{\"behaviour\":\"CONTACT\"}]}";
	}

	private static String suspect(String fields) {
		return "{\"reporterType\":\"ANONYMOUS\",\"suspect\":{" + fields + "},\"incidents\":[{\"behaviour\":\"CONTACT\"}]}";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
