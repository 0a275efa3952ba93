package uk.police.spo.partners.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import uk.police.spo.partners.ReferralPartner;

/**
 * {@link ReferralAllowList} for tests outside this package: which facts of a case a payload a partner received holds,
 * to compare with what that partner's allow-list gives it.
 */
public final class AllowLists {

	private AllowLists() {
	}

	/** The allow-list's fields for this partner and kind of referral. */
	public static List<String> fields(ReferralPartner partner, String kind) {
		return ReferralAllowList.of(partner, kind).fields();
	}

	/**
	 * The facts a received payload holds, as the allow-list names them: each top-level field beyond the envelope
	 * ({@link OutboundContractTests#ENVELOPE}), followed into nested objects only as far as an allowed field lies
	 * deeper ({@code victim.safeContact.detail}); a field at which no allowed field starts is named as it is, so
	 * that it shows in a comparison with the allow-list.
	 */
	public static Set<String> factsIn(Map<String, Object> payload, List<String> allowed) {
		Set<String> facts = new TreeSet<>();
		Map<String, Object> beyondEnvelope = new LinkedHashMap<>(payload);
		beyondEnvelope.keySet().removeAll(OutboundContractTests.ENVELOPE);
		collect("", beyondEnvelope, allowed, facts);
		return facts;
	}

	private static void collect(String prefix, Map<?, ?> fields, List<String> allowed, Set<String> facts) {
		fields.forEach((name, value) -> {
			String path = prefix + name;
			if (!allowed.contains(path) && value instanceof Map<?, ?> nested
					&& allowed.stream().anyMatch(field -> field.startsWith(path + "."))) {
				collect(path + ".", nested, allowed, facts);
			}
			else {
				facts.add(path);
			}
		});
	}

}
