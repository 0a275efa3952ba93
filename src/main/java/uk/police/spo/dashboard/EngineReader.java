package uk.police.spo.dashboard;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs engine queries as the logged-in reader, so that the engine's own authorization checks apply: a unit's
 * tasks, instances, incidents and jobs are granted to its unit group (units.UnitAuthorizationProvider,
 * UnitInstanceAccess), so a supervisor counts their units' only. Without a login (the metrics scrape runs inside the
 * application) nothing is filtered.
 */
@Component
class EngineReader {

	private final IdentityService identity;

	EngineReader(IdentityService identity) {
		this.identity = identity;
	}

	<T> T asReader(Supplier<T> query) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated() || identity.getCurrentAuthentication() != null) {
			return query.get();
		}
		List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		identity.setAuthentication(user.getName(), groups);
		try {
			return query.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	static String currentUser() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user == null ? null : user.getName();
	}

	static List<String> currentGroups() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user == null ? List.of() : user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

}
