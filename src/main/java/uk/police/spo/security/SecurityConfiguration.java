package uk.police.spo.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import uk.police.spo.security.oidc.BearerTokens;
import uk.police.spo.system.ProblemResponses;

/**
 * Who may reach what on the stateless chain: every request that the browser's session chains
 * ({@link BrowserSessionSecurity}: the webapps, the staff pages, the login) do not take. Public: the report page,
 * {@code POST /api/reports}, health and the published partner contract; in the embedded default also the simulated
 * partners' receivers, which check a signature instead. The metrics ({@code /actuator/prometheus}): supervisors,
 * administrators and Prometheus's account (group {@code metrics}). Engine REST and the project's APIs take HTTP Basic against Camunda identity, each request on its
 * own; partners never reach the engine. With single sign-on (profile oidc, package {@code oidc}) they also take the
 * provider's bearer tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * The public report page loads nothing from another host and runs no inline script. Camunda's webapps send a
	 * policy of their own, so this one is given to the public page, and to the login and staff pages
	 * (BrowserSessionSecurity), which are written by this application too.
	 */
	static final String PUBLIC_PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'none'; object-src 'none'";

	private static HeaderWriter onPublicPage(String header, String value) {
		return new DelegatingRequestMatcherHeaderWriter(
				new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/report"),
						PathPatternRequestMatcher.withDefaults().matcher("/report/**")),
				new StaticHeadersWriter(header, value));
	}

	/**
	 * A path the firewall refuses (an encoded or doubled slash, {@code ..}, {@code ;}, a backslash, a non-printable
	 * character) is a 400 problem like every other refusal, not Spring Boot's error JSON.
	 */
	@Bean
	RequestRejectedHandler rejectedRequestsAsProblems() {
		return (request, response, rejected) -> ProblemResponses.write(response, 400, "Bad request",
				"The request's path is not one this service accepts.");
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, IdentityService identity,
			ObjectProvider<BearerTokens> oidc,
			@Value("${spo.partners.simulated.enabled:false}") boolean simulatedPartners) throws Exception {
		BearerTokens bearerTokens = oidc.getIfAvailable();
		String[] staff = SpoGroups.STAFF.toArray(String[]::new);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(HttpMethod.POST, "/api/reports").permitAll()
			// embedded default only: the simulated partners' receivers check the referral's signature, not a login
			.requestMatchers(HttpMethod.POST, "/simulated-partners/*/referrals")
			.access((authentication, request) -> new AuthorizationDecision(simulatedPartners))
			.requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
			.requestMatchers("/report", "/report/**", "/public/**", "/favicon.ico").permitAll()
			// Camunda's redirect to Tasklist
			.requestMatchers("/").permitAll()
			.requestMatchers("/engine-rest/**").hasAnyAuthority(staff)
			// the metrics are for those who oversee, and for Prometheus's account (group metrics, nothing else)
			.requestMatchers("/actuator/prometheus")
			.hasAnyAuthority(SpoGroups.SUPERVISORS, SpoGroups.ADMINS, SpoGroups.METRICS)
			.requestMatchers("/api/work").hasAnyAuthority(staff)
			// evidence, witnesses and the suspect's date of birth are the investigation's: its officers and those who
			// oversee them
			.requestMatchers("/api/cases/*/evidence", "/api/cases/*/evidence/**", "/api/cases/*/witnesses",
					"/api/cases/*/suspect/date-of-birth")
			.hasAnyAuthority(SpoGroups.INVESTIGATORS, SpoGroups.SUPERVISORS, SpoGroups.ADMINS)
			// a case's summary is for those who oversee the unit's work
			.requestMatchers(HttpMethod.GET, "/api/cases/*/case-summary")
			.hasAnyAuthority(SpoGroups.SUPERVISORS, SpoGroups.ADMINS)
			.requestMatchers("/api/cases/**").hasAnyAuthority(staff)
			// the audit log names who looked at which case: for those who oversee, not for every officer
			.requestMatchers("/api/audit", "/api/audit/**").hasAnyAuthority(SpoGroups.SUPERVISORS, SpoGroups.ADMINS)
			// retention: supervisors ask for a purge, administrators decide (CasePurges: never the one who asked)
			.requestMatchers(HttpMethod.GET, "/api/retention/due")
			.hasAnyAuthority(SpoGroups.SUPERVISORS, SpoGroups.ADMINS)
			.requestMatchers(HttpMethod.POST, "/api/retention/*/purge-requests").hasAuthority(SpoGroups.SUPERVISORS)
			.requestMatchers(HttpMethod.POST, "/api/retention/*/purge-requests/approval",
					"/api/retention/*/purge-requests/rejection").hasAuthority(SpoGroups.ADMINS)
			.requestMatchers("/api/retention/**").denyAll()
			// each partner reaches its own inbound endpoint and nothing else
			.requestMatchers(HttpMethod.POST, "/api/partners/court/messages").hasAuthority(SpoGroups.PARTNER_COURT)
			.requestMatchers(HttpMethod.POST, "/api/partners/marac/messages").hasAuthority(SpoGroups.PARTNER_MARAC)
			.requestMatchers(HttpMethod.POST, "/api/partners/housing/messages").hasAuthority(SpoGroups.PARTNER_HOUSING)
			.requestMatchers(HttpMethod.POST, "/api/partners/advocacy/messages").hasAuthority(SpoGroups.PARTNER_ADVOCACY)
			// the published partner contract holds no case data
			.requestMatchers(HttpMethod.GET, "/api/partners/openapi/*.yaml").permitAll()
			.requestMatchers("/api/partner-messages/**").hasAnyAuthority(SpoGroups.SUPERVISORS, SpoGroups.ADMINS)
			// referral health and resend (partners.delivery): supervisors of the cases' units and administrators
			.requestMatchers("/api/referrals", "/api/referrals/**").hasAnyAuthority(SpoGroups.SUPERVISORS, SpoGroups.ADMINS)
			.requestMatchers("/api/**").hasAnyAuthority(staff)
			.anyRequest().authenticated())
			.formLogin(form -> form.disable())
			// Every request logs in anew (HTTP Basic or a bearer token) and no login is kept in a session, so there
			// is no session to fix and no login at which to renew the CSRF token: renewing either at each request
			// would make a page's form token stale as soon as the page's stylesheet has loaded.
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation(fixation -> fixation.none()))
			// Stateless Basic-auth APIs carry no ambient credentials (CrossSiteWriteGuard refuses another site's
			// browser); the simulated partners' receivers check a signature.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", "/simulated-partners/**")
				.sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.addHeaderWriter(onPublicPage("Content-Security-Policy", PUBLIC_PAGE_POLICY))
				.addHeaderWriter(onPublicPage("Referrer-Policy", "no-referrer")))
			.exceptionHandling(errors -> errors.accessDeniedHandler(PartnerApiProblems.accessDenied()))
			.addFilterAfter(new EngineIdentityFilter(identity), AuthorizationFilter.class);
		if (bearerTokens == null || bearerTokens.keepBasic()) {
			// With single sign-on (profile oidc) Basic stays on by default beside the provider's tokens: partners'
			// systems call their inbound endpoints with Camunda identity accounts, and the administrator from
			// SPO_ADMIN_USER keeps a way in while the provider is down. The mysql profile creates no other password
			// users; set spo.security.oidc.basic-auth=false once partners and operators use the provider's tokens.
			http.httpBasic(basic -> basic.authenticationEntryPoint(PartnerApiProblems.basic()));
		}
		if (bearerTokens != null) {
			// the same URL rules and EngineIdentityFilter: a token's groups are the Camunda group ids (TokenClaims)
			bearerTokens.acceptOn(http);
		}
		return http.build();
	}

}
