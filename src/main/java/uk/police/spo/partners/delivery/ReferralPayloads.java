package uk.police.spo.partners.delivery;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralSubject;

/**
 * Builds what a partner receives: the referral's own header fields (the contract in docs/partners.md) and, of the
 * case's facts and the referral's subject, only what {@link ReferralAllowList} gives that partner for that kind.
 */
@Component
class ReferralPayloads {

	private final ObjectMapper json;

	private final List<ReferralSubject> subjects;

	private final Clock clock;

	ReferralPayloads(ObjectMapper json, List<ReferralSubject> subjects, Clock clock) {
		this.json = json;
		this.subjects = subjects;
		this.clock = clock;
	}

	ReferralPayload build(Referral referral, CaseFile caseFile) {
		Map<String, Object> facts = new LinkedHashMap<>(CaseFacts.of(caseFile));
		subjects.stream()
			.filter(subject -> subject.describes(referral.purpose()))
			.forEach(subject -> facts.putAll(subject.fields(referral.caseId(), referral.purpose())));
		ObjectNode body = json.createObjectNode();
		body.put("referralId", referral.idempotencyKey());
		body.put("caseReference", caseFile.reference());
		body.put("partner", referral.partner().name());
		body.put("kind", referral.purpose());
		body.put("legalBasis", referral.legalBasis().name());
		body.put("sentAt", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
		List<String> sent = new ArrayList<>();
		for (String field : ReferralAllowList.of(referral.partner(), referral.purpose()).fields()) {
			Object value = facts.get(field);
			if (value != null) {
				place(body, field, value);
				sent.add(field);
			}
		}
		try {
			return new ReferralPayload(json.writeValueAsString(body), List.copyOf(sent));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A referral's facts are always serialisable", e);
		}
	}

	private void place(ObjectNode body, String field, Object value) {
		String[] path = field.split("\\.");
		ObjectNode parent = body;
		for (int i = 0; i < path.length - 1; i++) {
			parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
		}
		parent.set(path[path.length - 1], json.valueToTree(value));
	}

}
