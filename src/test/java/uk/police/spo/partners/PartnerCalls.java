package uk.police.spo.partners;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.cases.CaseRecords;

/** What the partner API tests do over HTTP and read back from the database. */
record PartnerCalls(TestRestTemplate http, JdbcTemplate jdbc, CaseRecords cases, ReferralRepository referrals) {

	/** A case reported from a postcode of the north unit; returns its reference. */
	String report() {
		String body = """
				{"reporterType":"VICTIM","victim":{"address":"1 High Street, SG1 1AA","phone":"07700 900456","safeContact":{"method":"PHONE"}},
				 "incidents":[{"behaviour":"LOITERING"}]}""";
		return (String) http.postForEntity("/api/reports", json(body), Map.class).getBody().get("reference");
	}

	ResponseEntity<Map> send(String user, String partner, String type, String reference, Map<String, Object> body) {
		return post(user, partner, Map.of("messageId", partner + "-" + UUID.randomUUID(), "caseReference", reference,
				"type", type, "body", body));
	}

	ResponseEntity<Map> post(String user, String partner, Object message) {
		return http.withBasicAuth(user, "demo")
			.postForEntity("/api/partners/" + partner + "/messages", json(message), Map.class);
	}

	ResponseEntity<Map> officer(String user, String reference, String message, Map<String, Object> variables) {
		return http.withBasicAuth(user, "demo")
			.postForEntity("/api/cases/" + reference + "/messages/" + message, json(variables), Map.class);
	}

	/** A referral of the case to the partner, delivered (SENT), as outbound delivery leaves it. */
	Referral sentReferral(String reference, ReferralPartner partner) {
		Referral referral = Referral.queue(cases.byReference(reference).orElseThrow().id(), partner,
				partner == ReferralPartner.MARAC ? PartnerReferrals.MARAC_PURPOSE : "SUPPORT", partner == ReferralPartner.MARAC
						? LegalBasis.MARAC_HIGH_RISK : LegalBasis.CONSENT, Instant.now());
		referral.sent(null, Instant.now());
		return referrals.save(referral);
	}

	ReferralStatus status(Referral referral) {
		return referrals.findById(referral.id()).orElseThrow().status();
	}

	List<String> timeline(String reference, String kind) {
		return jdbc.queryForList("select t.summary from case_timeline_entry t join case_file c on c.id = t.case_id "
				+ "where c.reference = ? and t.kind = ? order by t.occurred_at", String.class, reference, kind);
	}

	List<String> breachesReportedBy(String reference) {
		return jdbc.queryForList("select b.reported_by from order_breach b join case_file c on c.id = b.case_id "
				+ "where c.reference = ?", String.class, reference);
	}

	@SuppressWarnings("unchecked")
	static List<String> fields(ResponseEntity<Map> answer) {
		List<Map<String, String>> errors = (List<Map<String, String>>) answer.getBody().get("errors");
		return errors == null ? List.of() : errors.stream().map(e -> e.get("field")).toList();
	}

	static String hoursAgo(int hours) {
		return Instant.now().minus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES).toString();
	}

	static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
