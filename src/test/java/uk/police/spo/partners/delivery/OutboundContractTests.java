package uk.police.spo.partners.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ClassPathResource;

import uk.police.spo.partners.ReferralPartner;

/**
 * The outbound contract lists, per partner and kind, exactly the fields {@link ReferralAllowList} gives that partner:
 * one schema per entry ({@code x-allow-list}), whose fields beyond the envelope are the entry's, no more, no fewer.
 * Its examples hold only allowed fields, and the letter is offered to exactly the partners that get one.
 */
class OutboundContractTests {

	/** The envelope's own fields (the schema {@code Referral}) and the letter, which are no fact of the case. */
	static final Set<String> ENVELOPE = Set.of("referralId", "caseReference", "partner", "kind", "legalBasis", "sentAt",
			"letter");

	static final Set<ReferralPartner> WITH_LETTER = Set.of(ReferralPartner.MARAC, ReferralPartner.HOUSING,
			ReferralPartner.ADVOCACY);

	static OpenAPI outbound;

	@BeforeAll
	static void parse() throws IOException {
		String yaml = new ClassPathResource("openapi/partners-outbound.yaml").getContentAsString(StandardCharsets.UTF_8);
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml);
		assertThat(parsed.getMessages()).isEmpty();
		outbound = parsed.getOpenAPI();
	}

	@ParameterizedTest
	@EnumSource(ReferralAllowList.class)
	void eachPartnersSchemaListsExactlyItsAllowList(ReferralAllowList entry) {
		Schema<?> fields = partOf(schemaFor(entry));

		Set<String> documented = new TreeSet<>();
		fields.getProperties().forEach((name, schema) -> {
			if (!ENVELOPE.contains(name)) {
				documented.addAll(leaves(name, schema, entry.fields()));
			}
		});

		assertThat(documented).as(entry.name()).isEqualTo(new TreeSet<>(entry.fields()));
		assertThat(fields.getProperties().containsKey("letter")).as(entry + " carries a letter")
			.isEqualTo(WITH_LETTER.contains(entry.partner()));
		assertThat(fields.getProperties().get("partner").getEnum()).map(String::valueOf)
			.containsExactly(entry.partner().name());
	}

	@Test
	void theReferralIsOneOfThePartnersSchemasAndEachEntryHasOne() {
		Schema<?> request = outbound.getWebhooks().get("referral").getPost().getRequestBody().getContent()
			.get("application/json").getSchema();

		List<String> listed = request.getOneOf().stream().map(Schema::get$ref).map(OutboundContractTests::name).toList();
		List<String> entries = List.of(ReferralAllowList.values()).stream().map(e -> name(schemaRefFor(e))).toList();
		assertThat(listed).containsExactlyInAnyOrderElementsOf(entries);
	}

	@Test
	void everyExampleHoldsOnlyItsPartnersAllowedFieldsAndAValidLetter() {
		Map<String, Example> examples = outbound.getWebhooks().get("referral").getPost().getRequestBody().getContent()
			.get("application/json").getExamples();
		assertThat(examples).containsKeys("maracReferral", "housingReferral", "courtApplication");
		examples.forEach((name, example) -> {
			Map<String, Object> body = Json.mapper().convertValue(example.getValue(), Map.class);
			ReferralAllowList entry = ReferralAllowList.of(ReferralPartner.valueOf((String) body.get("partner")),
					(String) body.get("kind"));
			List<String> fields = new ArrayList<>();
			body.forEach((field, value) -> {
				if (!ENVELOPE.contains(field)) {
					fields.addAll(dotted(field, value, entry.fields()));
				}
			});
			assertThat(entry.fields()).as(name).containsAll(fields);
			assertThat(body.containsKey("letter")).as(name).isEqualTo(WITH_LETTER.contains(entry.partner()));
		});
	}

	/** A property's dotted leaf names; an allow-list field is a leaf whatever its shape (incidents, screening). */
	private static List<String> leaves(String path, Schema<?> schema, List<String> allowed) {
		Schema<?> resolved = resolve(schema);
		if (allowed.contains(path) || resolved.getProperties() == null) {
			return List.of(path);
		}
		List<String> leaves = new ArrayList<>();
		resolved.getProperties().forEach((name, child) -> leaves.addAll(leaves(path + "." + name, child, allowed)));
		return leaves;
	}

	private static List<String> dotted(String path, Object value, List<String> allowed) {
		if (allowed.contains(path) || !(value instanceof Map<?, ?> map)) {
			return List.of(path);
		}
		List<String> leaves = new ArrayList<>();
		map.forEach((name, child) -> leaves.addAll(dotted(path + "." + name, child, allowed)));
		return leaves;
	}

	private static Schema<?> schemaFor(ReferralAllowList entry) {
		return outbound.getComponents().getSchemas().get(name(schemaRefFor(entry)));
	}

	private static String schemaRefFor(ReferralAllowList entry) {
		List<String> named = outbound.getComponents().getSchemas().entrySet().stream()
			.filter(e -> e.getValue().getExtensions() != null
					&& entry.name().equals(e.getValue().getExtensions().get("x-allow-list")))
			.map(e -> "#/components/schemas/" + e.getKey())
			.toList();
		assertThat(named).as("one schema for " + entry).hasSize(1);
		return named.get(0);
	}

	/** The part of a partner's schema that adds its fields to the envelope. */
	private static Schema<?> partOf(Schema<?> partnerSchema) {
		assertThat(partnerSchema.getAllOf()).hasSize(2);
		assertThat(partnerSchema.getAllOf().get(0).get$ref()).isEqualTo("#/components/schemas/Referral");
		return partnerSchema.getAllOf().get(1);
	}

	private static Schema<?> resolve(Schema<?> schema) {
		return schema.get$ref() == null ? schema : outbound.getComponents().getSchemas().get(name(schema.get$ref()));
	}

	private static String name(String ref) {
		return ref.substring(ref.lastIndexOf('/') + 1);
	}

}
