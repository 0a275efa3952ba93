package uk.police.spo.audit;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects the NAMES of the personal-data fields an operation touched, for {@link AuditTrail#record}. A value is
 * looked at only to see whether it is there; it is never kept. Names are dotted paths of the API's own field names
 * ({@code victim.phone}, {@code incidents.location}); each name appears once, in the order first given.
 */
public final class AuditFields {

	/** Letters and digits, dot-separated: no value (a phone number, an address, an e-mail) can pass for a name. */
	static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*");

	private final Set<String> names = new LinkedHashSet<>();

	/** Adds {@code name} when {@code value} holds something: not null, not a blank string, not an empty collection. */
	public AuditFields ifPresent(String name, Object value) {
		if (present(value)) {
			add(name);
		}
		return this;
	}

	/** Adds {@code name} unconditionally. */
	public AuditFields add(String name) {
		names.add(checked(name));
		return this;
	}

	public boolean isEmpty() {
		return names.isEmpty();
	}

	public List<String> names() {
		return List.copyOf(names);
	}

	static String checked(String name) {
		if (name == null || name.length() > 100 || !NAME.matcher(name).matches()) {
			// never quote the rejected text: it may be a value passed by mistake
			throw new IllegalArgumentException("An audit field name must be a dotted path of letters and digits");
		}
		return name;
	}

	private static boolean present(Object value) {
		if (value instanceof CharSequence text) {
			return !text.toString().isBlank();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().anyMatch(AuditFields::present);
		}
		if (value instanceof Map<?, ?> map) {
			return !map.isEmpty();
		}
		return value != null;
	}

}
