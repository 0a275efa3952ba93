package uk.police.spo.partners.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import uk.police.spo.cases.Behaviour;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CasePerson;
import uk.police.spo.cases.Incident;
import uk.police.spo.cases.PersonDetails;
import uk.police.spo.cases.PersonRole;
import uk.police.spo.cases.Relationship;
import uk.police.spo.cases.ReporterType;
import uk.police.spo.cases.SafeContactMethod;
import uk.police.spo.cases.ScreeningAnswers;
import uk.police.spo.partners.LegalBasis;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.partners.ReferralSubject;

/** Each partner gets its allow-list's fields of a case that knows everything, and nothing else. */
class ReferralPayloadsTests {

	static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

	static final String VICTIM_ADDRESS = "14 Quiet Lane, Hitchin SG5 1AA";

	static final String VICTIM_PHONE = "07700 900123";

	static final String VICTIM_EMAIL = "hidden.victim@example.org";

	static final String SUSPECT_ACCOUNT = "@fixated_watcher";

	final ObjectMapper json = new ObjectMapper();

	/** The application and breach fields a subject could tell, more than any partner is given. */
	final ReferralSubject everything = new ReferralSubject() {
		@Override
		public boolean describes(String kind) {
			return true;
		}

		@Override
		public Map<String, Object> fields(UUID caseId, String kind) {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("application.actsReasoning", "Followed her daily");
			fields.put("application.terms", List.of(Map.of("kind", "PROHIBITION", "wording", "No contact")));
			fields.put("application.internalNote", "not for the court");
			fields.put("breach.occurredAt", "2026-05-01T08:00:00Z");
			fields.put("breach.crimeReference", "CR-2026-1");
			fields.put("breach.reportedBy", "OFFICER");
			return fields;
		}
	};

	final ReferralPayloads payloads = new ReferralPayloads(json, List.of(everything), Clock.fixed(NOW, ZoneOffset.UTC));

	final CaseFile caseFile = everythingKnown();

	@Test
	void maracGetsTheRiskPictureAndTheSafeContactChannelOnly() throws Exception {
		JsonNode marac = payload(ReferralPartner.MARAC, "HIGH_RISK_CONFERENCE", LegalBasis.MARAC_HIGH_RISK);

		assertThat(leaves(marac)).containsExactlyInAnyOrder("referralId", "caseReference", "partner", "kind",
				"legalBasis", "sentAt", "victim.name", "victim.dateOfBirth", "victim.safeContact.method",
				"victim.safeContact.detail", "victim.safeContact.safeTimes", "victim.safeContact.voicemailSafe",
				"risk.level", "risk.classification", "risk.immediateDanger", "risk.screening", "relationship",
				"incidents", "suspect.name", "suspect.dateOfBirth", "suspect.description", "suspect.address",
				"suspect.onlineAccounts");
		assertThat(marac.path("victim").path("safeContact").path("detail").asText()).isEqualTo(VICTIM_PHONE);
		assertThat(marac.toString()).doesNotContain(VICTIM_ADDRESS, VICTIM_EMAIL, "CR-2026-1", "Followed her daily");
		assertThat(marac.path("partner").asText()).isEqualTo("MARAC");
		assertThat(marac.path("legalBasis").asText()).isEqualTo("MARAC_HIGH_RISK");
		assertThat(marac.path("sentAt").asText()).isEqualTo("2026-05-04T10:00:00Z");
	}

	@Test
	void housingGetsWhatAHousingOptionsTeamNeedsAndNeverTheSuspectsOnlineAccounts() throws Exception {
		JsonNode housing = payload(ReferralPartner.HOUSING, "SAFE_ACCOMMODATION", LegalBasis.CONSENT);

		assertThat(leaves(housing)).containsExactlyInAnyOrder("referralId", "caseReference", "partner", "kind",
				"legalBasis", "sentAt", "victim.name", "victim.dateOfBirth", "victim.address",
				"victim.safeContact.method", "victim.safeContact.detail", "victim.safeContact.safeTimes",
				"victim.safeContact.voicemailSafe", "risk.level", "risk.immediateDanger", "relationship", "suspect.name",
				"suspect.address");
		assertThat(housing.toString()).doesNotContain(SUSPECT_ACCOUNT, "Tall, grey coat", VICTIM_EMAIL);
		assertThat(housing.path("victim").path("address").asText()).isEqualTo(VICTIM_ADDRESS);
	}

	@Test
	void advocacyGetsTheSafeContactAndTheRiskPicture() throws Exception {
		JsonNode advocacy = payload(ReferralPartner.ADVOCACY, "RISK_ADVOCACY", LegalBasis.CONSENT);

		assertThat(leaves(advocacy)).containsExactlyInAnyOrder("referralId", "caseReference", "partner", "kind",
				"legalBasis", "sentAt", "victim.name", "victim.safeContact.method", "victim.safeContact.detail",
				"victim.safeContact.safeTimes", "victim.safeContact.voicemailSafe", "risk.level", "risk.classification",
				"risk.immediateDanger", "risk.screening", "relationship", "incidents", "suspect.name",
				"suspect.description");
		assertThat(advocacy.toString()).doesNotContain(VICTIM_ADDRESS, SUSPECT_ACCOUNT, "SG1 9ZZ");
	}

	@Test
	void theCourtGetsTheApplicationAndTheDefendantNeverTheVictimsContactDetails() throws Exception {
		JsonNode court = payload(ReferralPartner.COURT, "SPO_APPLICATION", LegalBasis.COURT_APPLICATION);

		assertThat(leaves(court)).containsExactlyInAnyOrder("referralId", "caseReference", "partner", "kind",
				"legalBasis", "sentAt", "application.actsReasoning", "application.terms", "suspect.name",
				"suspect.dateOfBirth", "suspect.address", "relationship", "incidents");
		assertThat(court.toString()).doesNotContain(VICTIM_ADDRESS, VICTIM_PHONE, VICTIM_EMAIL, "not for the court",
				"Jane Victim");
	}

	@Test
	void aBreachGoesToTheCourtAsAnOffenceAndToTheAdvocateWithoutItsCrimeReference() throws Exception {
		JsonNode court = payload(ReferralPartner.COURT, "BREACH_OF_ORDER", LegalBasis.COURT_APPLICATION);
		JsonNode advocacy = payload(ReferralPartner.ADVOCACY, "BREACH_OF_ORDER", LegalBasis.CONSENT);

		assertThat(leaves(court)).contains("breach.occurredAt", "breach.crimeReference", "breach.reportedBy")
			.doesNotContain("victim.name", "application.terms");
		assertThat(leaves(advocacy)).contains("breach.occurredAt", "victim.safeContact.detail")
			.doesNotContain("breach.crimeReference", "incidents");
	}

	@Test
	void theAuditedFieldsAreExactlyTheCaseFactsSent() throws Exception {
		Referral referral = Referral.queue(caseFile.id(), ReferralPartner.HOUSING, "SAFE_ACCOMMODATION",
				LegalBasis.CONSENT, NOW);
		ReferralPayload payload = payloads.build(referral, caseFile);

		List<String> facts = new ArrayList<>(leaves(json.readTree(payload.json())));
		facts.removeAll(List.of("referralId", "caseReference", "partner", "kind", "legalBasis", "sentAt"));
		assertThat(payload.fields()).containsExactlyInAnyOrderElementsOf(facts);
		assertThat(json.readTree(payload.json()).path("referralId").asText()).isEqualTo(referral.id().toString());
	}

	@Test
	void aPartnerNotGivenAKindFallsBackToItsGeneralList() {
		assertThat(ReferralAllowList.of(ReferralPartner.HOUSING, "ANY_NEW_PURPOSE")).isEqualTo(ReferralAllowList.HOUSING);
		assertThat(ReferralAllowList.of(ReferralPartner.ADVOCACY, "BREACH_OF_ORDER"))
			.isEqualTo(ReferralAllowList.ADVOCACY_BREACH);
	}

	private JsonNode payload(ReferralPartner partner, String kind, LegalBasis basis) throws Exception {
		return json.readTree(payloads.build(Referral.queue(caseFile.id(), partner, kind, basis, NOW), caseFile).json());
	}

	private static List<String> leaves(JsonNode node) {
		List<String> names = new ArrayList<>();
		collect(node, "", names);
		return names;
	}

	private static void collect(JsonNode node, String prefix, List<String> names) {
		for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			String name = prefix + field.getKey();
			// the screening answers and lists are one fact each
			if (field.getValue().isObject() && !name.equals("risk.screening")) {
				collect(field.getValue(), name + ".", names);
			}
			else {
				names.add(name);
			}
		}
	}

	private static CaseFile everythingKnown() {
		CaseFile caseFile = new CaseFile("SH-2026-000123", ReporterType.VICTIM, true, Relationship.EX_PARTNER,
				true, NOW);
		caseFile.addPerson(CasePerson.of(PersonRole.VICTIM, new PersonDetails("Jane Victim", LocalDate.of(1990, 1, 2),
				VICTIM_ADDRESS, VICTIM_PHONE, VICTIM_EMAIL, null, null, null))
			.withSafeContact(SafeContactMethod.PHONE, "weekdays after 6pm", false));
		caseFile.addPerson(CasePerson.of(PersonRole.SUSPECT, new PersonDetails("John Suspect", LocalDate.of(1985, 3, 4),
				"9 Other Road, Stevenage SG1 9ZZ", "07700 900999", "suspect@example.org", "Tall, grey coat", null,
				SUSPECT_ACCOUNT)));
		caseFile.addIncident(new Incident(LocalDate.of(2026, 4, 1), Behaviour.FOLLOWING, "Outside her work",
				"Followed her home"));
		caseFile.describeImpact("Frightened", new ScreeningAnswers(true, true, null, true, false, null, null, null));
		caseFile.triaged("STALKING_8Q", "HIGH");
		return caseFile;
	}

}
