package uk.police.spo.security.oidc;

import java.util.List;

import org.springframework.boot.autoconfigure.security.oauth2.client.ClientsConfiguredCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import uk.police.spo.security.BrowserLogin;

/**
 * The browser's one login (Tasklist, Cockpit, Admin and the staff pages, security.BrowserSessionSecurity) goes
 * through the OIDC provider instead of the password form, when a client registration is configured
 * ({@code spring.security.oauth2.client.registration.*}, set by the {@code oidc} profile).
 *
 * <p>Camunda's own {@code camunda-bpm-spring-boot-starter-security} was not used: its auto-configuration adds a filter
 * chain for every request even without a client registration (permit all, CSRF off), which cannot sit beside this
 * application's chains, and it is not published where our build resolves dependencies. This is the documented
 * alternative: Spring Security's oauth2Login keeps the user in the HTTP session, and Camunda's container-based
 * authentication (security.WebappSessionFromLogin) hands that user and the token's groups to the webapps.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ClientsConfiguredCondition.class)
class WebappSingleSignOn {

	@Bean
	ProviderLogin providerLogin(OidcProperties properties) {
		return new ProviderLogin(properties.registrationId(), TokenClaims.of(properties));
	}

	/** oauth2Login: a page without a login goes to the provider, and comes back to the page after it. */
	static final class ProviderLogin implements BrowserLogin {

		private final String registrationId;

		private final TokenClaims claims;

		ProviderLogin(String registrationId, TokenClaims claims) {
			this.registrationId = registrationId;
			this.claims = claims;
		}

		@Override
		public List<String> endpoints() {
			return List.of("/oauth2/authorization/**", "/login/oauth2/code/**");
		}

		@Override
		public String entryPoint() {
			return providerLink();
		}

		@Override
		public String providerLink() {
			return "/oauth2/authorization/" + registrationId;
		}

		@Override
		public void addTo(HttpSecurity http) throws Exception {
			// /login is this application's page (a link to the provider), not Spring's generated one
			http.oauth2Login(login -> login.loginPage(LOGIN_PAGE)
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(users(claims)))
				.failureUrl(LOGIN_PAGE + "?error"));
		}

		/** The ID token's user claim names the user, its groups claim gives the authorities (as for bearer tokens). */
		private static OAuth2UserService<OidcUserRequest, OidcUser> users(TokenClaims claims) {
			OidcUserService standard = new OidcUserService();
			return request -> {
				OidcUser user = standard.loadUser(request);
				if (claims.userId(user.getClaims()) == null) {
					throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user",
							"The ID token has no '" + claims.userClaim() + "' claim", null));
				}
				return new DefaultOidcUser(claims.authorities(user.getClaims()), user.getIdToken(),
						user.getUserInfo(), claims.userClaim());
			};
		}

	}

}
