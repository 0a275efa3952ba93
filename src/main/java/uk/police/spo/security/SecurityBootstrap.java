package uk.police.spo.security;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Runs once the engine is up and before the web server opens, so nobody reaches a half-configured system. */
@Component
class SecurityBootstrap implements SmartInitializingSingleton {

	private final IdentityBootstrap identity;

	private final EngineAuthorizations authorizations;

	private final TasklistFilters filters;

	SecurityBootstrap(IdentityBootstrap identity, EngineAuthorizations authorizations, TasklistFilters filters) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.filters = filters;
	}

	@Override
	public void afterSingletonsInstantiated() {
		identity.run();
		authorizations.grantAll();
		filters.ensure();
	}

}
