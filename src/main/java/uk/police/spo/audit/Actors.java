package uk.police.spo.audit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is acting, the same answer for the audit log and the case timeline: the user logged in to the project's APIs or
 * engine REST (Spring Security); else the user of a Camunda webapp session (Tasklist, Cockpit), which Camunda hands
 * to the engine itself; else {@value #PUBLIC} for an anonymous web request (the public form) and {@value #SYSTEM}
 * when there is no web request (the job executor, scheduled work).
 */
@Component
public class Actors {

	public static final String PUBLIC = "public";

	public static final String SYSTEM = "system";

	// optional: the audit log also works where no engine runs (its own slice tests)
	private final ObjectProvider<IdentityService> identity;

	Actors(ObjectProvider<IdentityService> identity) {
		this.identity = identity;
	}

	public String current() {
		var user = SecurityContextHolder.getContext().getAuthentication();
		if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
				&& user.getName() != null && !user.getName().isBlank()) {
			return user.getName();
		}
		IdentityService engine = identity.getIfAvailable();
		Authentication engineUser = engine == null ? null : engine.getCurrentAuthentication();
		if (engineUser != null && engineUser.getUserId() != null && !engineUser.getUserId().isBlank()) {
			return engineUser.getUserId();
		}
		return RequestContextHolder.getRequestAttributes() != null ? PUBLIC : SYSTEM;
	}

}
