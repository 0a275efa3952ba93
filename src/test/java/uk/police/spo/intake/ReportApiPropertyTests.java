package uk.police.spo.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.spring.JqwikSpringSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.support.MySqlCompatibleTest;

/**
 * Random and hostile JSON at the report API: every answer is 201 or a 4xx problem, never a 5xx, and every stored
 * case is whole (its incidents, its process).
 */
@JqwikSpringSupport
class ReportApiPropertyTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Property(tries = 150)
	void everyAnswerIsCreatedOrAClientProblemAndNothingIsHalfStored(@ForAll("reports") String body,
			@ForAll("clients") String client) {
		int casesBefore = count("select count(*) from case_file");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set("X-Forwarded-For", client);

		ResponseEntity<Map> response = http.postForEntity("/api/reports", new HttpEntity<>(body, headers), Map.class);

		int status = response.getStatusCode().value();
		Statistics.label("status").collect(status);
		assertThat(status).as(body).isIn(201, 400, 413, 422, 429);
		if (status == 201) {
			assertThat(count("select count(*) from case_file")).isEqualTo(casesBefore + 1);
		}
		else {
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(count("select count(*) from case_file")).isEqualTo(casesBefore);
		}
	}

	@AfterProperty
	void everyStoredCaseIsWhole() {
		assertThat(count("select count(*) from case_file c where not exists "
				+ "(select 1 from case_incident i where i.case_id = c.id)")).isZero();
		assertThat(count("select count(*) from case_file c where not exists "
				+ "(select 1 from ACT_HI_PROCINST p where p.BUSINESS_KEY_ = c.reference)")).isZero();
	}

	@Provide
	Arbitrary<String> clients() {
		return Arbitraries.integers().between(1, 254).map(n -> "198.51.100." + n);
	}

	@Provide
	Arbitrary<String> reports() {
		return Arbitraries.frequencyOf(Tuple.of(3, plausibleReports()), Tuple.of(4, reportShaped()),
				Tuple.of(2, hostileText()), Tuple.of(1, Arbitraries.strings().ofMaxLength(300)));
	}

	/** Mostly acceptable reports with free text of every kind, so that the stored path is exercised too. */
	private Arbitrary<String> plausibleReports() {
		Arbitrary<String> freeText = Arbitraries.strings().ofMaxLength(200).map(ReportApiPropertyTests::quote);
		Arbitrary<String> pastDate = Arbitraries.integers().between(1, 3000)
			.map(days -> quote(java.time.LocalDate.of(2026, 1, 1).minusDays(days).toString()));
		Arbitrary<String> behaviour = Arbitraries.of(uk.police.spo.cases.Behaviour.class).map(b -> quote(b.name()));
		Arbitrary<String> incident = Combinators.combine(pastDate, behaviour, freeText, freeText)
			.as((d, b, where, what) -> "{\"occurredOn\":%s,\"behaviour\":%s,\"location\":%s,\"description\":%s}"
				.formatted(d, b, where, what));
		Arbitrary<String> phone = Arbitraries.strings().withChars("0123456789 +").ofMinLength(6).ofMaxLength(20)
			.map(ReportApiPropertyTests::quote);
		Arbitrary<String> anonymous = Combinators.combine(incident.list().ofMinSize(1).ofMaxSize(5), freeText)
			.as((list, impact) -> "{\"reporterType\":\"ANONYMOUS\",\"impact\":%s,\"incidents\":[%s]}".formatted(impact,
					String.join(",", list)));
		Arbitrary<String> victim = Combinators.combine(incident.list().ofMinSize(1).ofMaxSize(3), freeText, phone,
				Arbitraries.of("true", "false"))
			.as((list, name, number, danger) -> ("{\"reporterType\":\"VICTIM\",\"immediateDanger\":%s,"
					+ "\"victim\":{\"name\":%s,\"phone\":%s,\"safeContact\":{\"method\":\"PHONE\"}},"
					+ "\"relationship\":\"EX_PARTNER\",\"incidents\":[%s]}")
				.formatted(danger, name, number, String.join(",", list)));
		return Arbitraries.oneOf(anonymous, victim);
	}

	private Arbitrary<String> reportShaped() {
		Arbitrary<String> reporterType = Arbitraries.of("\"VICTIM\"", "\"THIRD_PARTY\"", "\"WITNESS\"", "\"ANONYMOUS\"",
				"\"victim\"", "null", "1", "\"\"", "{}", "[]");
		Arbitrary<String> behaviour = Arbitraries.of("\"FOLLOWING\"", "\"CONTACT\"", "\"OTHER\"", "\"DANCING\"", "null",
				"true", "\"\"");
		Arbitrary<String> date = Arbitraries.of("\"2026-01-01\"", "\"2099-01-01\"", "\"2026-13-01\"", "\"1/1/2026\"",
				"20260101", "null", "\"\"", "\"0000-00-00\"");
		Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(50).map(ReportApiPropertyTests::quote),
				Arbitraries.of("null", "123", "true", "[\"x\"]", "{\"a\":1}", quote("x".repeat(5000)),
						quote("'; drop table case_file; --"), quote("<script>alert(1)</script>"), quote("\\u0000")));
		Arbitrary<String> incident = Combinators.combine(date, behaviour, text)
			.as((d, b, t) -> "{\"occurredOn\":%s,\"behaviour\":%s,\"description\":%s}".formatted(d, b, t));
		Arbitrary<String> incidents = Arbitraries.oneOf(incident.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]"),
				Arbitraries.of("null", "[]", "{}", "\"many\"", "[null]"));
		Arbitrary<String> victim = Combinators.combine(text, text, Arbitraries.of("\"PHONE\"", "\"EMAIL\"", "\"NONE\"",
				"\"PIGEON\"", "null"))
			.as((phone, email, method) -> "{\"phone\":%s,\"email\":%s,\"safeContact\":{\"method\":%s}}".formatted(phone,
					email, method));
		return Combinators.combine(reporterType, victim, incidents, Arbitraries.of("true", "false", "\"yes\"", "null"))
			.as((r, v, i, danger) -> "{\"reporterType\":%s,\"victim\":%s,\"incidents\":%s,\"immediateDanger\":%s}"
				.formatted(r, v, i, danger));
	}

	private Arbitrary<String> hostileText() {
		return Arbitraries.of("", "{", "}", "null", "[]", "\"text\"", "{\"reporterType\":", "{\"a\":" + "[".repeat(2000),
				"{\"reporterType\":\"ANONYMOUS\",\"incidents\":[{\"behaviour\":\"CONTACT\"}]}garbage",
				"\uFEFF{\"reporterType\":\"ANONYMOUS\"}", "{\"reporterType\":\"ANONYMOUS\",\"reporterType\":\"VICTIM\"}",
				"{\"incidents\":[" + "{\"behaviour\":\"CONTACT\"},".repeat(150) + "{\"behaviour\":\"CONTACT\"}]}");
	}

	private static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				quoted.append('\\').append(c);
			}
			else if (c < 0x20) {
				quoted.append("\\u%04x".formatted((int) c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

}
