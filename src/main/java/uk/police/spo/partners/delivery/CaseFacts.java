package uk.police.spo.partners.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CasePerson;
import uk.police.spo.cases.PersonRole;
import uk.police.spo.cases.SafeContactMethod;
import uk.police.spo.cases.ScreeningAnswers;

/**
 * Every fact of a case a referral could carry, by dotted name; the allow-list picks from them. Unknown facts are left
 * out rather than sent empty.
 */
final class CaseFacts {

	private CaseFacts() {
	}

	static Map<String, Object> of(CaseFile caseFile) {
		Map<String, Object> facts = new LinkedHashMap<>();
		caseFile.personIn(PersonRole.VICTIM).ifPresent(victim -> victim(victim, facts));
		caseFile.personIn(PersonRole.SUSPECT).ifPresent(suspect -> suspect(suspect, facts));
		caseFile.riskLevel().ifPresent(level -> facts.put("risk.level", level));
		caseFile.classification().ifPresent(classification -> facts.put("risk.classification", classification));
		facts.put("risk.immediateDanger", caseFile.immediateDanger());
		Map<String, Boolean> screening = screening(caseFile.screening());
		if (!screening.isEmpty()) {
			facts.put("risk.screening", screening);
		}
		put(facts, "relationship", caseFile.relationship() == null ? null : caseFile.relationship().name());
		if (!caseFile.incidents().isEmpty()) {
			facts.put("incidents", caseFile.incidents()
				.stream()
				.map(incident -> incidentFacts(incident.occurredOn(), incident.behaviour()))
				.toList());
		}
		return facts;
	}

	private static Map<String, Object> incidentFacts(Object occurredOn, Object behaviour) {
		Map<String, Object> incident = new LinkedHashMap<>();
		put(incident, "occurredOn", occurredOn == null ? null : occurredOn.toString());
		put(incident, "behaviour", behaviour == null ? null : behaviour.toString());
		return incident;
	}

	private static void victim(CasePerson victim, Map<String, Object> facts) {
		put(facts, "victim.name", victim.name());
		put(facts, "victim.dateOfBirth", victim.dateOfBirth() == null ? null : victim.dateOfBirth().toString());
		put(facts, "victim.address", victim.address());
		SafeContactMethod method = victim.safeContactMethod();
		if (method != null) {
			facts.put("victim.safeContact.method", method.name());
			put(facts, "victim.safeContact.detail", method == SafeContactMethod.PHONE ? victim.phone()
					: method == SafeContactMethod.EMAIL ? victim.email() : null);
		}
		put(facts, "victim.safeContact.safeTimes", victim.safeTimes());
		put(facts, "victim.safeContact.voicemailSafe", victim.voicemailSafe());
	}

	private static void suspect(CasePerson suspect, Map<String, Object> facts) {
		put(facts, "suspect.name", suspect.name());
		put(facts, "suspect.dateOfBirth", suspect.dateOfBirth() == null ? null : suspect.dateOfBirth().toString());
		put(facts, "suspect.description", suspect.description());
		put(facts, "suspect.address", suspect.address());
		if (suspect.onlineAccounts() != null && !suspect.onlineAccounts().isBlank()) {
			facts.put("suspect.onlineAccounts", List.of(suspect.onlineAccounts().split("\\s*\\n\\s*")));
		}
	}

	private static Map<String, Boolean> screening(ScreeningAnswers answers) {
		Map<String, Boolean> screening = new LinkedHashMap<>();
		if (answers == null) {
			return screening;
		}
		put(screening, "veryFrightened", answers.veryFrightened());
		put(screening, "turnedUpUnannounced", answers.turnedUpUnannounced());
		put(screening, "damagedProperty", answers.damagedProperty());
		put(screening, "followed", answers.followed());
		put(screening, "threatenedViolence", answers.threatenedViolence());
		put(screening, "harassedOthers", answers.harassedOthers());
		put(screening, "violentToOthers", answers.violentToOthers());
		put(screening, "recruitedOthers", answers.recruitedOthers());
		return screening;
	}

	private static <V> void put(Map<String, V> facts, String name, V value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			facts.put(name, value);
		}
	}

}
