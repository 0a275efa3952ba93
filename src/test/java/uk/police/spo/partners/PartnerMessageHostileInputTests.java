package uk.police.spo.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * Hostile partner messages at {@code POST /api/partners/{partner}/messages}: envelopes and bodies of the wrong
 * types, unknown and deprecated types, impossible dates, oversized and Unicode text, raw malformed UTF-8, wrong
 * content types, another partner's endpoint, and each message sent twice (the repeat must get the first answer, and
 * a different message under the same id 422). Nothing reaches a case's process unless the message was accepted; a
 * refused message is kept once for supervisors (one partner_message row), as the inbox promises, and nothing else.
 */
@JqwikSpringSupport
class PartnerMessageHostileInputTests extends MySqlCompatibleTest {

	/** What an accepted or refused message must not touch (partner_message is checked on its own). */
	private static final List<String> CASE_AND_ENGINE = RowCounts.CASE_AND_ENGINE.stream()
		.filter(table -> !table.equals("audit_entry"))
		.toList();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private HostileHttp client;

	/** A case the court may write about: reported once, in the north unit. */
	private String knownCase;

	@Property(tries = 100)
	void aHostileMessageIsAnsweredAsTheContractSaysAndItsRepeatGetsTheSameAnswer(
			@ForAll("envelopes") String envelope, @ForAll("senders") String sender) {
		String partner = sender.split(":")[0];
		String user = sender.split(":")[1];
		String body = envelope.replace("$CASE", knownCase());
		Map<String, Integer> before = RowCounts.of(jdbc, CASE_AND_ENGINE);
		int keptBefore = kept();

		Answer first = post(partner, user, body.getBytes(StandardCharsets.UTF_8), "application/json");

		Statistics.label("status").collect(first.status());
		assertThat(first.status()).as(body + ": " + first).isIn(202, 400, 403, 404, 409, 413, 422);
		if (first.status() >= 400) {
			assertThat(RowCounts.of(jdbc, CASE_AND_ENGINE)).as("nothing delivered for " + body + ": " + first)
				.isEqualTo(before);
			assertThat(kept() - keptBefore).as("kept at most once").isBetween(0, 1);
		}
		Answer repeat = post(partner, user, body.getBytes(StandardCharsets.UTF_8), "application/json");
		if (first.status() == 202) {
			assertThat(repeat.status()).as("the repeat of " + body).isEqualTo(200);
			assertThat(repeat.headers().get("idempotent-replayed")).containsExactly("true");
		}
		else {
			assertThat(repeat.status()).as("the repeat of " + body + ": " + repeat).isEqualTo(first.status());
		}
		assertThat(kept() - keptBefore).as("a repeat is not kept again").isBetween(0, 1);
	}

	@Property(tries = 40)
	void malformedUtf8OrAnotherContentTypeIsRefusedAndNothingIsKept(@ForAll("malformed") byte[] raw,
			@ForAll("contentTypes") String contentType, @ForAll("rawField") String field) {
		String template = "{\"messageId\":\"%s\",\"caseReference\":\"%s\",\"type\":\"BREACH_REPORTED\","
				+ "\"body\":{\"occurredAt\":\"%s\"}}";
		String envelope = switch (field) {
			case "messageId" -> template.formatted("%s", knownCase(), "2026-11-28T21:40:00Z");
			case "caseReference" -> template.formatted("court-" + UUID.randomUUID(), "%s", "2026-11-28T21:40:00Z");
			default -> template.formatted("court-" + UUID.randomUUID(), knownCase(), "%s");
		};
		Map<String, Integer> before = RowCounts.of(jdbc, CASE_AND_ENGINE);
		int keptBefore = kept();

		Answer answer = post("court", "court", HostileText.withRawBytes(envelope, raw), contentType);

		Statistics.label("status").collect(answer.status());
		assertThat(answer.status()).as(answer.toString()).isIn(400, 404, 409, 415);
		assertThat(RowCounts.of(jdbc, CASE_AND_ENGINE)).isEqualTo(before);
		assertThat(kept() - keptBefore).isBetween(0, 1);
	}

	@Provide
	Arbitrary<String> senders() {
		return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("court:court")),
				Tuple.of(1, Arbitraries.of("marac:marac", "housing:housing", "advocacy:advocacy")),
				Tuple.of(1, Arbitraries.of("court:housing", "marac:court", "housing:advocacy")));
	}

	@Provide
	Arbitrary<String> envelopes() {
		Arbitrary<String> messageId = Arbitraries.frequencyOf(
				Tuple.of(8, Arbitraries.create(() -> HostileText.json("fuzz-" + UUID.randomUUID()))),
				Tuple.of(2, Arbitraries.of("null", "1", "\"\"", "\" \"", "[]", HostileText.json("x".repeat(101)),
						HostileText.json("id/../../x"), HostileText.json("id\u0000"))),
				Tuple.of(1, HostileText.unicode().map(HostileText::json)));
		Arbitrary<String> reference = Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just("\"$CASE\"")),
				Tuple.of(2, Arbitraries.of("\"SH-2099-999999\"", "\"sh-2026-000001\"", "\"SH-2026-0000001\"", "null",
						"20260001", "\"SH-2026-000001\\u0000\"", "\"\\uFF33\\uFF28-2026-000001\"",
						"\"SH-\\u0661\\u0662\\u0663\\u0664-000001\"", "\"SH-2026-000001/../..\"")),
				Tuple.of(1, HostileText.unicode().map(HostileText::json)));
		Arbitrary<String> type = Arbitraries.frequencyOf(
				Tuple.of(6, Arbitraries.of("\"HEARING_LISTED\"", "\"OUTCOME\"", "\"BREACH_REPORTED\"",
						"\"REFERRAL_ANSWERED\"", "\"CourtHearingListed\"", "\"CourtOutcomeReceived\"",
						"\"BreachReported\"", "\"PartnerReferralAnswered\"")),
				Tuple.of(2, Arbitraries.of("\"hearing_listed\"", "\"HEARING_LISTED \"", "null", "1", "\"\"",
						HostileText.json("T".repeat(41)), "[\"OUTCOME\"]")),
				Tuple.of(1, HostileText.unicode().map(HostileText::json)));
		Arbitrary<String> body = bodyField().list().ofMaxSize(5).map(fields -> "{" + String.join(",", fields) + "}");
		Arbitrary<String> odd = Arbitraries.of("null", "[]", "\"body\"", "1",
				"{\"note\":" + HostileText.json("n".repeat(5000)) + "}", "{\"a\":" + "[".repeat(2000) + "}");
		Arbitrary<String> anyBody = Arbitraries.frequencyOf(Tuple.of(9, body), Tuple.of(1, odd));
		return Combinators.combine(messageId, reference, type, anyBody)
			.as((id, ref, t, b) -> "{\"messageId\":%s,\"caseReference\":%s,\"type\":%s,\"body\":%s}".formatted(id, ref,
					t, b));
	}

	private Arbitrary<String> bodyField() {
		Arbitrary<String> name = Arbitraries.frequencyOf(
				Tuple.of(8, Arbitraries.of("hearingDate", "hearingType", "outcome", "orderEndDate", "untilFurtherOrder",
						"nextHearingDate", "occurredAt", "referralId", "acknowledgementId", "answer", "note",
						"reportedBy", "courtOutcome", "hearingOn")),
				Tuple.of(1, Arbitraries.of("", "__proto__", "body.hearingDate", "x".repeat(300))),
				Tuple.of(1, HostileText.unicode()));
		Arbitrary<String> value = Arbitraries.frequencyOf(
				Tuple.of(4, Arbitraries.of("\"2027-01-18\"", "\"INTERIM\"", "\"FULL\"", "\"ADJOURNED\"",
						"\"INTERIM_GRANTED\"", "\"FULL_GRANTED\"", "\"REFUSED\"", "true", "\"2026-11-28T21:40:00Z\"",
						"\"ACCEPTED\"", "\"COURT\"", "\"3f2c8a4e-6b1d-4c57-9a0e-2d7b5e8f1a93\"")),
				Tuple.of(4, Arbitraries.of("\"2026-02-30\"", "\"2027-13-01\"", "\"tomorrow\"", "20270118",
						"\"2026-11-28T21:40:00\"", "\"2026-11-28T25:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"",
						"\"-999999999-01-01\"", "\"1900-01-01\"", "\"9999-12-31\"", "\"2026-11-28T21:40:00+25:00\"",
						"\"not-a-uuid\"", "\"true\"", "1", "-1", "1e309", "null", "[]", "{}", "{\"a\":{\"b\":[1,2]}}")),
				Tuple.of(2, HostileText.unicode().map(HostileText::json)));
		return Combinators.combine(name, value).as((n, v) -> HostileText.json(n) + ":" + v);
	}

	@Provide
	Arbitrary<byte[]> malformed() {
		return HostileText.malformedUtf8();
	}

	@Provide
	Arbitrary<String> rawField() {
		return Arbitraries.of("messageId", "caseReference", "occurredAt");
	}

	@Provide
	Arbitrary<String> contentTypes() {
		return Arbitraries.of("application/json", "application/json", "application/json", "text/plain",
				"application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
				"application/json; charset=ISO-8859-1");
	}

	private Answer post(String partner, String user, byte[] body, String contentType) {
		Answer answer = http().post("/api/partners/" + partner + "/messages", user, contentType, body);
		HostileHttp.assertHandled(answer, new String(body, StandardCharsets.UTF_8));
		return answer;
	}

	private int kept() {
		return jdbc.queryForObject("select count(*) from partner_message", Integer.class);
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
