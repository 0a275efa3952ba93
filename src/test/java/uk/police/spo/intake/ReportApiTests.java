package uk.police.spo.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.support.MySqlCompatibleTest;

/** The contract of POST /api/reports: every refusal is a problem and leaves nothing behind. */
class ReportApiTests extends MySqlCompatibleTest {

	static final String INCIDENT = """
			{"occurredOn":"2026-10-01","behaviour":"FOLLOWING","description":"followed home"}""";

	static final String VALID = """
			{"reporterType":"VICTIM","victim":{"phone":"07700 900123","safeContact":{"method":"PHONE"}},
			 "incidents":[%s]}""".formatted(INCIDENT);

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	static Stream<Arguments> invalidReports() {
		String tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1).toString();
		return Stream.of(
				Arguments.of("reporter type missing", """
						{"incidents":[%s]}""".formatted(INCIDENT), "reporterType"),
				Arguments.of("reporter type not one of the list", """
						{"reporterType":"ALIEN","incidents":[%s]}""".formatted(INCIDENT), "reporterType"),
				Arguments.of("no incidents", """
						{"reporterType":"ANONYMOUS"}""", "incidents"),
				Arguments.of("empty incidents", """
						{"reporterType":"ANONYMOUS","incidents":[]}""", "incidents"),
				Arguments.of("incident without behaviour", """
						{"reporterType":"ANONYMOUS","incidents":[{"occurredOn":"2026-10-01"}]}""",
						"incidents[0].behaviour"),
				Arguments.of("unknown behaviour", """
						{"reporterType":"ANONYMOUS","incidents":[{"behaviour":"SINGING"}]}""",
						"incidents[0].behaviour"),
				Arguments.of("incident in the future", """
						{"reporterType":"ANONYMOUS","incidents":[%s,{"occurredOn":"%s","behaviour":"CONTACT"}]}"""
					.formatted(INCIDENT, tomorrow), "incidents[1].occurredOn"),
				Arguments.of("date not in ISO form", """
						{"reporterType":"ANONYMOUS","incidents":[{"occurredOn":"01/10/2026","behaviour":"CONTACT"}]}""",
						"incidents[0].occurredOn"),
				Arguments.of("impossible date", """
						{"reporterType":"ANONYMOUS","incidents":[{"occurredOn":"2026-02-30","behaviour":"CONTACT"}]}""",
						"incidents[0].occurredOn"),
				Arguments.of("birth date in the future", """
						{"reporterType":"ANONYMOUS","victim":{"dateOfBirth":"%s"},"incidents":[%s]}"""
					.formatted(tomorrow, INCIDENT), "victim.dateOfBirth"),
				Arguments.of("suspect's birth date in the future", """
						{"reporterType":"ANONYMOUS","suspect":{"dateOfBirth":"%s"},"incidents":[%s]}"""
					.formatted(tomorrow, INCIDENT), "suspect.dateOfBirth"),
				Arguments.of("description too long", """
						{"reporterType":"ANONYMOUS","incidents":[{"behaviour":"CONTACT","description":"%s"}]}"""
					.formatted("x".repeat(4001)), "incidents[0].description"),
				Arguments.of("too many incidents", """
						{"reporterType":"ANONYMOUS","incidents":[%s]}"""
					.formatted(String.join(",", java.util.Collections.nCopies(101, INCIDENT))), "incidents"),
				Arguments.of("email not an email", """
						{"reporterType":"VICTIM","victim":{"email":"not-an-email","safeContact":{"method":"EMAIL"}},
						 "incidents":[%s]}""".formatted(INCIDENT), "victim.email"),
				Arguments.of("phone not a phone", """
						{"reporterType":"VICTIM","victim":{"phone":"call me maybe","safeContact":{"method":"PHONE"}},
						 "incidents":[%s]}""".formatted(INCIDENT), "victim.phone"),
				Arguments.of("victim without a safe contact method", """
						{"reporterType":"VICTIM","victim":{"name":"A"},"incidents":[%s]}""".formatted(INCIDENT),
						"victim.safeContact.method"),
				Arguments.of("victim to be phoned without a phone number", """
						{"reporterType":"VICTIM","victim":{"safeContact":{"method":"PHONE"}},"incidents":[%s]}"""
					.formatted(INCIDENT), "victim.phone"),
				Arguments.of("victim to be emailed without an email", """
						{"reporterType":"VICTIM","victim":{"safeContact":{"method":"EMAIL"}},"incidents":[%s]}"""
					.formatted(INCIDENT), "victim.email"),
				Arguments.of("third party without a way to contact them", """
						{"reporterType":"THIRD_PARTY","reporter":{"name":"Friend"},"incidents":[%s]}"""
					.formatted(INCIDENT), "reporter.phone"),
				Arguments.of("witness without a way to contact them", """
						{"reporterType":"WITNESS","incidents":[%s]}""".formatted(INCIDENT), "reporter.phone"),
				Arguments.of("boolean given as a string", """
						{"reporterType":"ANONYMOUS","immediateDanger":"yes","incidents":[%s]}""".formatted(INCIDENT),
						"immediateDanger"),
				Arguments.of("text given as a number", """
						{"reporterType":"ANONYMOUS","impact":42,"incidents":[%s]}""".formatted(INCIDENT), "impact"),
				Arguments.of("earlier reference not a reference", """
						{"reporterType":"ANONYMOUS","earlierReference":"123","incidents":[%s]}""".formatted(INCIDENT),
						"earlierReference"),
				Arguments.of("not JSON", "reporterType=VICTIM", "$"),
				Arguments.of("JSON but not an object", "[1,2,3]", "$"),
				Arguments.of("JSON with trailing garbage", """
						{"reporterType":"ANONYMOUS","incidents":[%s]} {}""".formatted(INCIDENT), "$"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidReports")
	void anInvalidReportIsRefusedNamingTheFieldAndStoresNothing(String rule, String body, String field) {
		State before = state();

		ResponseEntity<Map> response = post(body, headers());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
			.contains(field);
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void anAnonymousReportWithOneIncidentAndNoContactIsAccepted() {
		State before = state();

		ResponseEntity<Map> response = post("""
				{"reporterType":"ANONYMOUS","incidents":[{"behaviour":"WATCHING"}]}""", headers());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(state().cases()).isEqualTo(before.cases() + 1);
		assertThat(state().processes()).isEqualTo(before.processes() + 2);
	}

	@Test
	void anIncidentOfTodayInLondonIsNotInTheFuture() {
		String today = LocalDate.now(ZoneId.of("Europe/London")).toString();

		ResponseEntity<Map> response = post("""
				{"reporterType":"ANONYMOUS","incidents":[{"occurredOn":"%s","behaviour":"THREATS"}]}""".formatted(today),
				headers());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void theSuspectsDateOfBirthIsStoredWithTheSuspect() {
		String reference = (String) post("""
				{"reporterType":"ANONYMOUS","suspect":{"name":"A Person","dateOfBirth":"2011-05-04"},"incidents":[%s]}"""
			.formatted(INCIDENT), headers()).getBody().get("reference");

		assertThat(jdbc.queryForObject("select p.date_of_birth from case_person p join case_file c on c.id = p.case_id "
				+ "where c.reference = ? and p.role = 'SUSPECT'", java.sql.Date.class, reference).toLocalDate())
			.isEqualTo(LocalDate.of(2011, 5, 4));
	}

	@Test
	void impactScreeningAndTheEarlierCaseAreStored() {
		String first = (String) post(VALID, headers()).getBody().get("reference");

		String second = (String) post("""
				{"reporterType":"ANONYMOUS","impact":"afraid to leave the house","earlierReference":"%s",
				 "screening":{"veryFrightened":true,"followed":false},"incidents":[%s]}""".formatted(first, INCIDENT),
				headers()).getBody().get("reference");

		Map<String, Object> row = jdbc.queryForMap("select c.impact, c.scr_very_frightened, c.scr_followed, "
				+ "c.scr_damaged_property, e.reference as earlier from case_file c join case_file e "
				+ "on e.id = c.earlier_case_id where c.reference = ?", second);
		assertThat(row).containsEntry("impact", "afraid to leave the house")
			.containsEntry("earlier", first)
			.containsEntry("scr_damaged_property", null);
		assertThat(row.get("scr_very_frightened")).isIn(true, 1, (byte) 1);
		assertThat(row.get("scr_followed")).isIn(false, 0, (byte) 0);
	}

	@Test
	void anUnknownEarlierReferenceIsAcceptedWithoutSayingItIsUnknown() {
		ResponseEntity<Map> response = post("""
				{"reporterType":"ANONYMOUS","earlierReference":"SH-1999-999999","incidents":[%s]}"""
			.formatted(INCIDENT), headers());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(jdbc.queryForObject("select earlier_case_id from case_file where reference = ?", String.class,
				response.getBody().get("reference"))).isNull();
	}

	@Test
	void aBodyOverTheLimitIs413AndStoresNothing() {
		State before = state();
		String huge = """
				{"reporterType":"ANONYMOUS","impact":"%s","incidents":[%s]}""".formatted("x".repeat(300 * 1024),
				INCIDENT);

		ResponseEntity<Map> response = post(huge, headers());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void anythingButJsonIs415() {
		State before = state();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.TEXT_PLAIN);

		ResponseEntity<Map> response = http.postForEntity("/api/reports", new HttpEntity<>(VALID, headers), Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void aClientOverItsRateGets429WithRetryAfter() {
		HttpHeaders headers = headers();
		headers.set("X-Forwarded-For", "203.0.113.77");
		int sent = 0;
		while (post("{}", headers).getStatusCode() != HttpStatus.TOO_MANY_REQUESTS) {
			assertThat(++sent).as("requests before the limit").isLessThanOrEqualTo(400);
		}
		// capacity 400 a day in the tests (MySqlCompatibleTest), so nothing is refilled while the loop runs
		assertThat(sent).as("the limit is the configured capacity").isEqualTo(400);
		State before = state();

		ResponseEntity<Map> limited = post(VALID, headers);

		assertThat(limited.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(limited.getHeaders().getFirst("Retry-After")).matches("\\d+");
		assertThat(limited.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(state()).isEqualTo(before);
		HttpHeaders someoneElse = headers();
		someoneElse.set("X-Forwarded-For", "203.0.113.78");
		assertThat(post(VALID, someoneElse).getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void anotherSitesPageCannotPostThroughAVisitorsBrowser() {
		State before = state();
		HttpHeaders crossSite = headers();
		crossSite.setOrigin("https://elsewhere.example");

		assertThat(post(VALID, crossSite).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		HttpHeaders fetchedCrossSite = headers();
		fetchedCrossSite.set("Sec-Fetch-Site", "cross-site");
		assertThat(post(VALID, fetchedCrossSite).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(state()).isEqualTo(before);

		HttpHeaders ownPage = headers();
		ownPage.setOrigin(http.getRootUri());
		ownPage.set("Sec-Fetch-Site", "same-origin");
		assertThat(post(VALID, ownPage).getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void theSameIdempotencyKeyGivesTheFirstAnswerAndOneCase() {
		HttpHeaders headers = headers();
		headers.set("Idempotency-Key", UUID.randomUUID().toString());
		State before = state();

		ResponseEntity<Map> first = post(VALID, headers);
		ResponseEntity<Map> again = post(VALID, headers);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(again.getBody().get("reference")).isEqualTo(first.getBody().get("reference"));
		assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
		assertThat(state().cases()).isEqualTo(before.cases() + 1);
	}

	@Test
	void concurrentRetriesWithOneKeyMakeOneCase() {
		HttpHeaders headers = headers();
		headers.set("Idempotency-Key", UUID.randomUUID().toString());
		State before = state();

		List<ResponseEntity<Map>> answers = Stream.generate(() -> CompletableFuture.supplyAsync(() -> post(VALID, headers)))
			.limit(4)
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();

		assertThat(answers).allMatch(a -> a.getStatusCode() == HttpStatus.CREATED);
		assertThat(answers.stream().map(a -> a.getBody().get("reference")).distinct()).hasSize(1);
		assertThat(state().cases()).isEqualTo(before.cases() + 1);
	}

	@Test
	void aKeyReusedForADifferentReportIs422() {
		HttpHeaders headers = headers();
		headers.set("Idempotency-Key", UUID.randomUUID().toString());
		post(VALID, headers);
		State before = state();

		ResponseEntity<Map> reused = post("""
				{"reporterType":"ANONYMOUS","incidents":[%s]}""".formatted(INCIDENT), headers);

		assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void aMalformedKeyIs400() {
		HttpHeaders headers = headers();
		headers.set("Idempotency-Key", "short");

		ResponseEntity<Map> response = post(VALID, headers);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
			.containsExactly("Idempotency-Key");
	}

	@Test
	void whenStoringFailsNothingIsKeptAndTheSameKeyWorksOnRetry() {
		HttpHeaders headers = headers();
		headers.set("Idempotency-Key", UUID.randomUUID().toString());
		State before = state();
		repository.suspendProcessDefinitionByKey("stalkingCase");
		ResponseEntity<Map> failed;
		try {
			failed = post(VALID, headers);
		}
		finally {
			repository.activateProcessDefinitionByKey("stalkingCase");
		}
		assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(failed.getHeaders().getFirst("Retry-After")).isEqualTo("30");
		assertThat(failed.getBody()).doesNotContainKeys("trace", "exception");
		assertThat(state()).isEqualTo(before);

		ResponseEntity<Map> retried = post(VALID, headers);

		assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(retried.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
		assertThat(state().cases()).isEqualTo(before.cases() + 1);
	}

	record State(int cases, int people, int incidents, int keys, long processes) {
	}

	private State state() {
		return new State(count("case_file"), count("case_person"), count("case_incident"), count("report_idempotency"),
				history.createHistoricProcessInstanceQuery().count());
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private static HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return headers;
	}

	private ResponseEntity<Map> post(String body, HttpHeaders headers) {
		return http.postForEntity("/api/reports", new HttpEntity<>(body, headers), Map.class);
	}

}
