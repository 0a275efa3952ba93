package uk.police.spo.partners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import uk.police.spo.messages.CaseMessageException;
import uk.police.spo.system.ProcessMessages;

/**
 * The partner contract's message types and body fields, in the business's words, and the one place they are
 * translated to the processes' messages and variables. A partner never sees a process's names: a model may rename a
 * variable here without breaking a partner. The names partners used before the contract (the BPMN message names with
 * the variables as body) are still taken, unchanged, for a deprecation period ({@link #LEGACY}).
 */
public final class PartnerMessageTypes {

	public static final String HEARING_LISTED = "HEARING_LISTED";

	public static final String OUTCOME = "OUTCOME";

	public static final String BREACH_REPORTED = "BREACH_REPORTED";

	public static final String REFERRAL_ANSWERED = "REFERRAL_ANSWERED";

	public static final String INCIDENT_REPORTED = "INCIDENT_REPORTED";

	/** Not a BPMN message: the inbox records the answer on the referral it answers ({@link ReferralAnswers}). */
	public static final String ANSWER_MESSAGE = "PartnerReferralAnswered";

	/**
	 * Not delivered as a case message: the inbox records the incident as an officer's is recorded
	 * ({@link PartnerIncidents}), which starts the reassessment.
	 */
	public static final String INCIDENT_MESSAGE = ProcessMessages.NEW_INCIDENT_REPORTED;

	/** The deprecation date of the old names (RFC 9745 {@code Deprecation} header: @ seconds since the epoch). */
	public static final String LEGACY_DEPRECATED_SINCE = "@1796083200";

	/**
	 * A type of the contract: the process message it becomes and each body field's variable, in the contract's order.
	 * A breach is reported by the partner that sends it: the translation adds {@code reportedBy}.
	 */
	record Type(String name, String processMessage, Map<String, String> variables) {

		Set<String> fields() {
			return variables.keySet();
		}

	}

	static final Type HEARING = new Type(HEARING_LISTED, ProcessMessages.COURT_HEARING_LISTED,
			ordered("hearingDate", "hearingOn", "hearingType", "hearingKind"));

	static final Type COURT_OUTCOME = new Type(OUTCOME, ProcessMessages.COURT_OUTCOME_RECEIVED, ordered("outcome", "courtOutcome",
			"orderEndDate", "orderEndsOn", "untilFurtherOrder", "untilFurtherOrder", "nextHearingDate", "nextHearingOn"));

	static final Type BREACH = new Type(BREACH_REPORTED, ProcessMessages.BREACH_REPORTED, ordered("occurredAt", "breachOccurredAt"));

	static final Type ANSWER = new Type(REFERRAL_ANSWERED, ANSWER_MESSAGE, ordered("referralId", "referralId",
			"acknowledgementId", "acknowledgementId", "answer", "answer", "note", "note"));

	static final Type INCIDENT = new Type(INCIDENT_REPORTED, INCIDENT_MESSAGE, ordered("behaviour", "behaviour",
			"occurredOn", "occurredOn", "location", "location", "description", "description"));

	/** What each partner may send, in the contract's words. */
	static final Map<String, List<Type>> TYPES = Map.of(
			"court", List.of(HEARING, COURT_OUTCOME, BREACH),
			"marac", List.of(ANSWER, BREACH, INCIDENT),
			"housing", List.of(ANSWER, BREACH, INCIDENT),
			"advocacy", List.of(ANSWER, BREACH, INCIDENT));

	/**
	 * The names each partner sent before the contract, taken as they were (body = the process's variables). MARAC
	 * came with the contract and has none.
	 */
	static final Map<String, Set<String>> LEGACY = Map.of(
			"court", Set.of(ProcessMessages.COURT_HEARING_LISTED, ProcessMessages.COURT_OUTCOME_RECEIVED),
			"marac", Set.of(),
			"housing", Set.of(ANSWER_MESSAGE, ProcessMessages.BREACH_REPORTED),
			"advocacy", Set.of(ANSWER_MESSAGE, ProcessMessages.BREACH_REPORTED));

	static final Map<String, ReferralPartner> PARTNERS = Map.of("court", ReferralPartner.COURT, "marac",
			ReferralPartner.MARAC, "housing", ReferralPartner.HOUSING, "advocacy", ReferralPartner.ADVOCACY);

	/** A message translated: the process message, its variables, and whether it came under a deprecated name. */
	public record Translated(String processMessage, Map<String, Object> variables, boolean legacy) {
	}

	private PartnerMessageTypes() {
	}

	/** The partners that send messages in: court, marac, housing, advocacy. */
	public static Set<String> partners() {
		return new TreeSet<>(TYPES.keySet());
	}

	/** The contract's types a partner may send. */
	public static Set<String> types(String partner) {
		return new TreeSet<>(TYPES.get(partner).stream().map(Type::name).toList());
	}

	/** The deprecated names a partner may still send. */
	public static Set<String> legacyTypes(String partner) {
		return new TreeSet<>(LEGACY.get(partner));
	}

	/** The body fields of a contract type. */
	public static Set<String> fields(String type) {
		return type(type).map(Type::fields).orElseThrow(() -> new IllegalArgumentException("Not a partner type: " + type));
	}

	/** The contract's type that replaces a deprecated name. */
	static String successor(String legacyType) {
		return TYPES.values()
			.stream()
			.flatMap(List::stream)
			.filter(t -> t.processMessage().equals(legacyType))
			.map(Type::name)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a deprecated name: " + legacyType));
	}

	public static boolean isLegacy(String partner, String type) {
		return LEGACY.getOrDefault(partner, Set.of()).contains(type);
	}

	/**
	 * The process message and variables of a partner's message.
	 * @throws CaseMessageException (400) for a type the partner may not send or a body field the type does not have
	 */
	static Translated translate(String partner, String type, Map<String, Object> body) {
		if (isLegacy(partner, type)) {
			return new Translated(type, body, true);
		}
		Type contract = TYPES.get(partner)
			.stream()
			.filter(t -> t.name().equals(type))
			.findFirst()
			.orElseThrow(() -> CaseMessageException.invalid(List.of("type: " + partner + " may send "
					+ types(partner) + (LEGACY.get(partner).isEmpty() ? "" : " (deprecated: " + legacyTypes(partner) + ")"))));
		List<String> unknown = new TreeSet<>(body.keySet()).stream().filter(f -> !contract.fields().contains(f)).toList();
		if (!unknown.isEmpty()) {
			throw CaseMessageException.invalid(unknown.stream()
				.map(f -> "body." + f + ": not a field of " + type + " (fields: " + String.join(", ", contract.fields()) + ")")
				.toList());
		}
		Map<String, Object> variables = new LinkedHashMap<>();
		contract.variables().forEach((field, variable) -> {
			if (body.containsKey(field)) {
				variables.put(variable, body.get(field));
			}
		});
		if (contract == BREACH) {
			variables.put("reportedBy", PARTNERS.get(partner).name());
		}
		return new Translated(contract.processMessage(), variables, false);
	}

	/**
	 * A refusal of the translated message in the partner's words: the process message's name becomes the type, and each
	 * problem's variable the body field the partner sent ("hearingOn: ..." becomes "body.hearingDate: ..."). A legacy
	 * message's refusal is left as it is.
	 */
	static CaseMessageException inPartnersWords(String type, CaseMessageException refused) {
		Optional<Type> contract = type(type);
		if (contract.isEmpty() || refused.replayed()) {
			return refused;
		}
		List<String> problems = new ArrayList<>();
		for (String problem : refused.problems()) {
			int colon = problem.indexOf(':');
			String variable = colon < 0 ? "" : problem.substring(0, colon);
			Optional<String> field = contract.get()
				.variables()
				.entrySet()
				.stream()
				.filter(e -> e.getValue().equals(variable))
				.map(Map.Entry::getKey)
				.findFirst();
			problems.add(field.map(f -> "body." + f + problem.substring(colon)).orElse(problem));
		}
		return new CaseMessageException(refused.status(),
				refused.getMessage().replace(contract.get().processMessage(), type), problems);
	}

	private static Optional<Type> type(String name) {
		return TYPES.values().stream().flatMap(List::stream).filter(t -> t.name().equals(name)).findFirst();
	}

	private static Map<String, String> ordered(String... fieldThenVariable) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < fieldThenVariable.length; i += 2) {
			map.put(fieldThenVariable[i], fieldThenVariable[i + 1]);
		}
		return map;
	}

}
