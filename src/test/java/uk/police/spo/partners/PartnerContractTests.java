package uk.police.spo.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.orders.ProtectiveOrderRepository;
import uk.police.spo.support.ApplicationBeforeTheCourt;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.OrderUnderMonitoring;

/**
 * The published partner contract against the implementation: the documents are served and valid OpenAPI, every type
 * the translation takes is documented (and nothing else), each with the body fields it takes; every example is
 * posted to the real endpoint, for a case in the state it needs, and taken; every documented refusal is answered as
 * documented.
 */
class PartnerContractTests extends MySqlCompatibleTest {

	static final Set<String> DOCUMENTED_REFUSALS = Set.of("400", "401", "403", "404", "409", "422");

	@Autowired
	TestRestTemplate http;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseRecords cases;

	@Autowired
	ProtectiveOrderRepository orders;

	@Autowired
	ReferralRepository referrals;

	PartnerCalls calls;

	@BeforeEach
	void calls() {
		calls = new PartnerCalls(http, jdbc, cases, referrals);
	}

	@Test
	void bothDocumentsAreServedWithoutALoginAsKeptInTheRepository() throws IOException {
		for (String direction : List.of("inbound", "outbound")) {
			ResponseEntity<String> served = http.getForEntity("/api/partners/openapi/" + direction + ".yaml", String.class);

			assertThat(served.getStatusCode().value()).isEqualTo(200);
			assertThat(served.getHeaders().getContentType().toString()).startsWith("application/yaml");
			assertThat(served.getBody()).isEqualTo(kept("openapi/partners-" + direction + ".yaml"));
			assertThat(parse(served.getBody()).getMessages()).as(direction).isEmpty();
		}
	}

	@Test
	void everyTypeTheTranslationTakesIsDocumentedWithItsFieldsAndNothingElse() throws IOException {
		OpenAPI inbound = inbound();
		for (String partner : PartnerMessageTypes.partners()) {
			Map<String, Schema<?>> documented = documentedTypes(inbound, partner);
			Set<String> taken = new TreeSet<>(PartnerMessageTypes.types(partner));
			taken.addAll(PartnerMessageTypes.legacyTypes(partner));

			assertThat(documented.keySet()).as(partner).isEqualTo(taken);
			documented.forEach((type, schema) -> {
				assertThat(Boolean.TRUE.equals(schema.getDeprecated())).as(type)
					.isEqualTo(PartnerMessageTypes.isLegacy(partner, type));
				if (!PartnerMessageTypes.isLegacy(partner, type)) {
					Schema<?> body = resolve(inbound, schema.getProperties().get("body"));
					assertThat(body.getProperties().keySet()).as(type).isEqualTo(PartnerMessageTypes.fields(type));
					assertThat(body.getAdditionalProperties()).as(type).isEqualTo(false);
				}
			});
		}
	}

	@Test
	void everyExampleIsTakenByTheRealEndpointForACaseThatCanTakeIt() throws IOException {
		OpenAPI inbound = inbound();
		int posted = 0;
		for (String partner : PartnerMessageTypes.partners()) {
			for (Map.Entry<String, Example> example : request(inbound, partner).getExamples().entrySet()) {
				Map<String, Object> message = Json.mapper().convertValue(example.getValue().getValue(), Map.class);
				String type = (String) message.get("type");
				Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) message.get("body"));
				String reference = caseThatCanTake(partner, type, body);
				message.put("messageId", message.get("messageId") + "-" + UUID.randomUUID().toString().substring(0, 8));
				message.put("caseReference", reference);
				message.put("body", body);

				ResponseEntity<Map> answer = calls.post(partner, partner, message);

				assertThat(answer.getStatusCode().value()).as(partner + " " + example.getKey() + ": " + answer.getBody())
					.isEqualTo(202);
				assertThat(answer.getHeaders().containsKey("Deprecation")).as(example.getKey())
					.isEqualTo(PartnerMessageTypes.isLegacy(partner, type));
				posted++;
			}
		}
		assertThat(posted).isGreaterThanOrEqualTo(15);
	}

	@Test
	void everyDocumentedRefusalIsAnsweredAsDocumented() throws IOException {
		OpenAPI inbound = inbound();
		Set<String> problemFields = resolve(inbound, new Schema<>().$ref("#/components/schemas/Problem")).getProperties()
			.keySet();
		String reference = calls.report();
		for (ReferralPartner referred : List.of(ReferralPartner.MARAC, ReferralPartner.HOUSING, ReferralPartner.ADVOCACY)) {
			calls.sentReferral(reference, referred);
		}
		for (String partner : PartnerMessageTypes.partners()) {
			Map<String, ApiResponse> responses = inbound.getPaths()
				.get("/api/partners/" + partner + "/messages")
				.getPost()
				.getResponses();
			assertThat(responses.keySet()).as(partner).containsAll(DOCUMENTED_REFUSALS);
			String other = "court".equals(partner) ? "marac" : "court";
			String breachType = "BREACH_REPORTED";
			Map<String, Object> breach = Map.of("occurredAt", PartnerCalls.hoursAgo(1));
			String reused = partner + "-reused-" + UUID.randomUUID();
			calls.post(partner, partner, Map.of("messageId", reused, "caseReference", reference, "type", breachType,
					"body", breach));
			Map<String, ResponseEntity<Map>> answers = Map.of(
					"400", calls.send(partner, partner, "NO_SUCH_TYPE", reference, Map.of()),
					"401", http.postForEntity("/api/partners/" + partner + "/messages", PartnerCalls.json(Map.of()), Map.class),
					"403", calls.send(other, partner, breachType, reference, breach),
					"404", calls.send(partner, partner, breachType, "SH-2026-999996", breach),
					"409", calls.send(partner, partner, breachType, reference, breach),
					"422", calls.post(partner, partner, Map.of("messageId", reused, "caseReference", reference, "type",
							breachType, "body", Map.of("occurredAt", PartnerCalls.hoursAgo(2)))));
			answers.forEach((status, answer) -> {
				assertThat(answer.getStatusCode().value()).as(partner + " " + status).isEqualTo(Integer.parseInt(status));
				assertThat(answer.getHeaders().getContentType().toString()).as(partner + " " + status)
					.startsWith("application/problem+json");
				assertThat(problemFields).as(partner + " " + status).containsAll(answer.getBody().keySet());
			});
		}
	}

	@Test
	void theOutboundDocumentDescribesTheEnvelopeTheHeadersAndTheSignature() throws IOException {
		SwaggerParseResult parsed = parse(kept("openapi/partners-outbound.yaml"));
		OpenAPI outbound = parsed.getOpenAPI();

		assertThat(parsed.getMessages()).isEmpty();
		var post = outbound.getWebhooks().get("referral").getPost();
		assertThat(post.getParameters()).extracting(p -> p.getIn() + ":" + p.getName())
			.containsExactlyInAnyOrder("header:Idempotency-Key", "header:X-Spo-Timestamp", "header:X-Signature");
		Schema<?> referral = outbound.getComponents().getSchemas().get("Referral");
		assertThat(referral.getRequired()).containsExactlyInAnyOrder("referralId", "caseReference", "partner", "kind",
				"legalBasis", "sentAt");
		assertThat(referral.getProperties().get("legalBasis").getEnum()).map(String::valueOf)
			.containsExactlyInAnyOrderElementsOf(List.of(LegalBasis.values()).stream().map(Enum::name).toList());
		assertThat(referral.getProperties().get("partner").getEnum()).map(String::valueOf)
			.containsExactlyInAnyOrderElementsOf(List.of(ReferralPartner.values()).stream().map(Enum::name).toList());
	}

	/** Sets up a case in the state the example's type needs, fills in its referral, and returns its reference. */
	private String caseThatCanTake(String partner, String type, Map<String, Object> body) {
		String reference = calls.report();
		switch (type) {
			case "HEARING_LISTED", "CourtHearingListed" -> ApplicationBeforeTheCourt.start(runtime, cases, jdbc, reference);
			case "OUTCOME", "CourtOutcomeReceived" -> {
				ApplicationBeforeTheCourt.start(runtime, cases, jdbc, reference);
				assertThat(calls.officer("investigator", reference, "CourtHearingListed",
						Map.of("hearingOn", java.time.LocalDate.now().toString(), "hearingKind", "INTERIM"))
					.getStatusCode()
					.value()).isEqualTo(202);
			}
			case "BREACH_REPORTED", "BreachReported" -> {
				if (!"court".equals(partner)) {
					// MARAC, housing and advocacy know only the cases referred to them
					calls.sentReferral(reference, PartnerMessageTypes.PARTNERS.get(partner));
				}
				OrderUnderMonitoring.start(runtime, cases, orders, reference);
				assertThat(calls.officer("offender", reference, "OrderServed", Map.of("servedAt", PartnerCalls.hoursAgo(48)))
					.getStatusCode()
					.value()).isEqualTo(202);
			}
			case "REFERRAL_ANSWERED", "PartnerReferralAnswered" -> {
				Referral referral = calls.sentReferral(reference, PartnerMessageTypes.PARTNERS.get(partner));
				if (body.containsKey("acknowledgementId")) {
					jdbc.update("update referral set acknowledgement_id = ? where id = ?", body.get("acknowledgementId"),
							referral.id().toString());
				}
				else {
					body.put("referralId", referral.id().toString());
				}
			}
			case "INCIDENT_REPORTED" -> calls.sentReferral(reference, PartnerMessageTypes.PARTNERS.get(partner));
			default -> throw new AssertionError("No case state known for " + type);
		}
		return reference;
	}

	private static Map<String, Schema<?>> documentedTypes(OpenAPI api, String partner) {
		Schema<?> union = resolve(api, request(api, partner).getSchema());
		Map<String, Schema<?>> types = new LinkedHashMap<>();
		for (Schema<?> option : union.getOneOf()) {
			Schema<?> message = resolve(api, option);
			List<?> names = message.getProperties().get("type").getEnum();
			assertThat(names).hasSize(1);
			types.put(String.valueOf(names.get(0)), message);
		}
		return types;
	}

	private static MediaType request(OpenAPI api, String partner) {
		return api.getPaths()
			.get("/api/partners/" + partner + "/messages")
			.getPost()
			.getRequestBody()
			.getContent()
			.get("application/json");
	}

	private static Schema<?> resolve(OpenAPI api, Schema<?> schema) {
		if (schema.get$ref() == null) {
			return schema;
		}
		String name = schema.get$ref().substring("#/components/schemas/".length());
		return api.getComponents().getSchemas().get(name);
	}

	private static OpenAPI inbound() throws IOException {
		SwaggerParseResult parsed = parse(kept("openapi/partners-inbound.yaml"));
		assertThat(parsed.getMessages()).isEmpty();
		return parsed.getOpenAPI();
	}

	private static SwaggerParseResult parse(String yaml) {
		return new OpenAPIV3Parser().readContents(yaml);
	}

	private static String kept(String path) throws IOException {
		return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
	}

}
