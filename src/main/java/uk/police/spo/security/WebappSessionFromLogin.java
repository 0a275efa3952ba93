package uk.police.spo.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camunda's documented container-based authentication for the webapps, with Spring Security as the "container": the
 * user of the browser's one login (BrowserSessionSecurity: the password form at /login, or the OIDC provider) becomes
 * the webapps' user, with the groups of that login. Runs after Spring Security's filter and before the webapps' own
 * AuthenticationFilter, which then finds the user in the session as after a password login of their own.
 *
 * <p>Two departures from the stock filter, both because a provider's user lives in the provider and not in Camunda's
 * identity tables: the provider is set here rather than named in an init-param, and the webapps' authentication is
 * built from the login's groups without looking the user up (the stock code answers nobody for a user it cannot find).
 * Which webapps the user may open is still the engine's APPLICATION authorizations for those groups.
 */
class WebappSessionFromLogin extends ContainerBasedAuthenticationFilter {

	private static final List<String> APPS = List.of("cockpit", "tasklist", "admin");

	@Override
	public void init(FilterConfig config) {
		this.authenticationProvider = new SpringSecurityUser();
	}

	@Override
	protected UserAuthentication createAuthentication(ProcessEngine engine, String userId, List<String> groups,
			List<String> tenants) {
		UserAuthentication authentication = new UserAuthentication(userId, engine.getName());
		authentication.setGroupIds(groups);
		authentication.setTenantIds(tenants == null ? List.of() : tenants);
		Set<String> apps = new HashSet<>();
		apps.add(AuthenticationUtil.APP_WELCOME);
		// the check runs as nobody: asked as another user, the engine would want READ on authorizations first
		engine.getIdentityService().clearAuthentication();
		AuthorizationService authorizations = engine.getAuthorizationService();
		for (String app : APPS) {
			if (!engine.getProcessEngineConfiguration().isAuthorizationEnabled()
					|| authorizations.isUserAuthorized(userId, groups, Permissions.ACCESS, Resources.APPLICATION, app)) {
				apps.add(app);
			}
		}
		authentication.setAuthorizedApps(apps);
		return authentication;
	}

	/**
	 * The webapps' user is Spring Security's current user, their groups its authorities: Camunda group ids after a
	 * password login (CamundaIdentityAuthenticationProvider), the token's groups after a provider's (TokenClaims).
	 */
	static final class SpringSecurityUser implements AuthenticationProvider {

		@Override
		public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
			Authentication user = SecurityContextHolder.getContext().getAuthentication();
			if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken
					|| user.getName() == null || user.getName().isBlank()) {
				return AuthenticationResult.unsuccessful();
			}
			AuthenticationResult result = AuthenticationResult.successful(user.getName());
			result.setGroups(user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
			result.setTenants(List.of());
			return result;
		}

		@Override
		public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
			// the login is Spring Security's (BrowserSessionSecurity); nothing to add to a 401 here
		}

	}

}
