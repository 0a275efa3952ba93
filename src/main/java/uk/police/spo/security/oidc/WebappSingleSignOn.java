package uk.police.spo.security.oidc;

import jakarta.servlet.DispatcherType;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.ClientsConfiguredCondition;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Tasklist, Cockpit and Admin log in through the OIDC provider instead of their own password form, when a client
 * registration is configured ({@code spring.security.oauth2.client.registration.*}, set by the {@code oidc} profile).
 *
 * <p>Camunda's own {@code camunda-bpm-spring-boot-starter-security} was not used: its auto-configuration adds a filter
 * chain for every request even without a client registration (permit all, CSRF off), which cannot sit beside this
 * application's chain, and it is not published where our build resolves dependencies. This is the documented
 * alternative: Spring Security's oauth2Login keeps the user in the HTTP session, and Camunda's container-based
 * authentication ({@link WebappSessionFromLogin}) hands that user and the token's groups to the webapps.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ClientsConfiguredCondition.class)
class WebappSingleSignOn {

	/**
	 * Only the webapps and the login's own endpoints, before the application's stateless chain (which takes every
	 * other request). Session-based: the login's state and the user live in the HTTP session, like the webapps' own.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain webappLoginFilterChain(HttpSecurity http, OidcProperties properties,
			CamundaBpmProperties camunda) throws Exception {
		String webapp = camunda.getWebapp().getApplicationPath();
		TokenClaims claims = TokenClaims.of(properties);
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(new OrRequestMatcher(paths.matcher(webapp + "/**"),
				paths.matcher("/oauth2/authorization/**"), paths.matcher("/login/oauth2/code/**")))
			.authorizeHttpRequests(requests -> requests
				// one login: the webapps' password form is closed, the provider decides who may enter
				.requestMatchers(paths.matcher(HttpMethod.POST, webapp + "/api/admin/auth/user/*/login/**")).denyAll()
				.anyRequest().authenticated())
			.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(users(claims)))
				.failureHandler((request, response, failure) -> response.sendError(HttpStatus.UNAUTHORIZED.value())))
			// The webapps' logout ends the HTTP session, and with it Spring's and Camunda's record of the user. The
			// provider's own session is not ended (no RP-initiated logout): the next visit signs in again. Answered
			// before the webapps' CSRF filter, so a forged logout works; that filter ends the session on any request
			// with a bad token anyway, so nothing is lost by it.
			.logout(logout -> logout
				.logoutRequestMatcher(paths.matcher(HttpMethod.POST, webapp + "/api/admin/auth/user/*/logout"))
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)))
			.exceptionHandling(errors -> errors
				// the webapps' XHR calls get a 401 (after the session expired the webapps show their own login form, closed
				// here: reloading the page goes to the provider); a page goes to the provider
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						paths.matcher(webapp + "/api/**"))
				.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + properties.registrationId()),
						AnyRequestMatcher.INSTANCE))
			// the webapps carry their own CSRF protection (CsrfPreventionFilter, X-XSRF-TOKEN)
			.csrf(csrf -> csrf.ignoringRequestMatchers(paths.matcher(webapp + "/**")))
			.headers(headers -> headers.frameOptions(frame -> frame.deny()));
		return http.build();
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
			return new DefaultOidcUser(claims.authorities(user.getClaims()), user.getIdToken(), user.getUserInfo(),
					claims.userClaim());
		};
	}

	@Bean
	FilterRegistrationBean<WebappSessionFromLogin> webappSessionFromLogin(CamundaBpmProperties camunda) {
		String webapp = camunda.getWebapp().getApplicationPath();
		FilterRegistrationBean<WebappSessionFromLogin> registration = new FilterRegistrationBean<>(
				new WebappSessionFromLogin());
		registration.setName("Container Based Authentication Filter");
		registration.addUrlPatterns(webapp + "/app/*", webapp + "/api/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		// after Spring Security (which has the user by then), before the webapps' filters (registered later)
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
