package uk.police.spo.security.oidc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Reads who a token speaks for: the user id from one claim, the groups from another. The groups become the user's
 * authorities unchanged, the same strings as the Camunda group ids HTTP Basic yields (triage-officers, unit-north,
 * partner-court, ...), so the URL rules, the engine's authorizations and the unit separation treat a token user
 * exactly like a Camunda identity user with those groups. No prefix (no ROLE_ or SCOPE_), no scopes: a token's scopes
 * are not groups and must not reach the engine as such.
 */
public final class TokenClaims {

	private final String userClaim;

	private final String[] groupsPath;

	public TokenClaims(String userClaim, String groupsClaim) {
		this.userClaim = userClaim;
		this.groupsPath = groupsClaim.split("\\.");
	}

	static TokenClaims of(OidcProperties properties) {
		return new TokenClaims(properties.userClaim(), properties.groupsClaim());
	}

	/** The user id, or null when the claim is missing or blank (such a token is refused). */
	public String userId(Map<String, Object> claims) {
		Object value = claims.get(userClaim);
		return value instanceof String id && !id.isBlank() ? id.trim() : null;
	}

	public String userClaim() {
		return userClaim;
	}

	/**
	 * The groups: a list of names (or one name) at the configured claim, which may be nested
	 * ({@code realm_access.roles}). Keycloak's group mapper with "Full group path" writes {@code /investigators}: the
	 * leading '/' is dropped. A nested group path ({@code /force/unit-north}) keeps its inner '/' and so matches no
	 * Camunda group: give Keycloak top-level groups named like the Camunda groups.
	 */
	public List<String> groups(Map<String, Object> claims) {
		Object value = claims;
		for (String step : groupsPath) {
			if (!(value instanceof Map<?, ?> map)) {
				return List.of();
			}
			value = map.get(step);
		}
		Collection<?> names = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
		Set<String> groups = new LinkedHashSet<>();
		for (Object name : names) {
			if (name instanceof String group) {
				String id = group.trim();
				if (id.startsWith("/")) {
					id = id.substring(1);
				}
				if (!id.isEmpty()) {
					groups.add(id);
				}
			}
		}
		return new ArrayList<>(groups);
	}

	public List<GrantedAuthority> authorities(Map<String, Object> claims) {
		return groups(claims).stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
	}

}
