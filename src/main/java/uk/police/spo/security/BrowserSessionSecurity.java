package uk.police.spo.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.DelegatingLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import uk.police.spo.security.oidc.BearerTokens;

/**
 * One login for the browser: Tasklist, Cockpit, Admin and this application's staff pages (case page, work queue,
 * dashboard, simulated partners) share one HTTP session, logged in once at {@code /login} ({@link BrowserLogin}: our
 * password form against Camunda identity, or the OIDC provider). Two session chains, ahead of the stateless chain of
 * {@link SecurityConfiguration}, which keeps {@code /api/**} and engine REST on HTTP Basic and bearer tokens:
 * <ul>
 * <li>the login chain: the webapps and the login's own endpoints. The webapps' own password form is closed, and their
 * user is the session's (Camunda's container-based authentication, {@link WebappSessionFromLogin}); their logout,
 * like {@code POST /logout}, ends the session.</li>
 * <li>the staff pages' chain: reads the same session; it also still takes HTTP Basic (and, under oidc, bearer tokens)
 * from a script or a measurement, but never asks a browser for it: a page request without a login goes to the
 * login, then back to the page.</li>
 * </ul>
 * Two chains rather than one so that HTTP Basic never logs anyone in to the webapps.
 */
@Configuration(proxyBeanMethods = false)
class BrowserSessionSecurity {

	static final String LOGOUT = "/logout";

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	/** The dashboard, case and work queue pages: the public page's policy (the simulated partners' page has its own). */
	private static final RequestMatcher POLICED_PAGES = new OrRequestMatcher(PATHS.matcher("/dashboard"),
			PATHS.matcher("/dashboard/**"), PATHS.matcher("/cases/**"), PATHS.matcher("/work"),
			PATHS.matcher("/work/**"));

	private static final RequestMatcher STAFF_PAGES = new OrRequestMatcher(POLICED_PAGES,
			PATHS.matcher("/partners/simulated"), PATHS.matcher("/partners/simulated/**"));

	/** A browser's navigation (it asks for HTML), as against a script's or the webapps' XHR calls. */
	private static final RequestMatcher PAGE_REQUEST = pageRequests();

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain browserLoginChain(HttpSecurity http, ObjectProvider<BrowserLogin> logins,
			CamundaBpmProperties camunda) throws Exception {
		BrowserLogin login = logins.getIfAvailable(PasswordLogin::new);
		String webapp = camunda.getWebapp().getApplicationPath();
		RequestMatcher webappApi = PATHS.matcher(webapp + "/api/**");
		RequestMatcher webappLogout = PATHS.matcher(HttpMethod.POST, webapp + "/api/admin/auth/user/*/logout");
		List<RequestMatcher> paths = new ArrayList<>(List.of(PATHS.matcher(webapp + "/**"),
				PATHS.matcher(BrowserLogin.LOGIN_PAGE), PATHS.matcher(LOGOUT)));
		login.endpoints().forEach(path -> paths.add(PATHS.matcher(path)));
		http.securityMatcher(new OrRequestMatcher(paths))
			.authorizeHttpRequests(requests -> requests
				// one login: the webapps' password form is closed
				.requestMatchers(PATHS.matcher(HttpMethod.POST, webapp + "/api/admin/auth/user/*/login/**")).denyAll()
				.requestMatchers(PATHS.matcher(BrowserLogin.LOGIN_PAGE)).permitAll()
				.anyRequest().authenticated())
			// The webapps' logout (answered before the webapps' CSRF filter: a forged one only ends a session, which
			// that filter does anyway for any request with a bad token) and the staff pages' POST /logout (with
			// Spring's CSRF token) end the one session, and with it Spring's and Camunda's record of the user. A
			// provider's own session is not ended (no RP-initiated logout).
			.logout(logout -> logout.logoutRequestMatcher(new OrRequestMatcher(webappLogout,
					PATHS.matcher(HttpMethod.POST, LOGOUT)))
				.logoutSuccessHandler(logoutAnswers(webappLogout)))
			// a new session at login: nothing a visitor had before it, Camunda's webapp session included, survives
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
			.requestCache(cache -> cache.requestCache(savedPages(new NegatedRequestMatcher(webappApi))))
			.exceptionHandling(errors -> errors
				// the webapps' XHR calls get a 401; a page goes to the login and comes back after it
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), webappApi)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(login.entryPoint()),
						AnyRequestMatcher.INSTANCE))
			// the webapps carry their own CSRF protection (CsrfPreventionFilter, X-XSRF-TOKEN); the login form and
			// POST /logout carry Spring's
			.csrf(csrf -> csrf.ignoringRequestMatchers(PATHS.matcher(webapp + "/**")))
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.addHeaderWriter(on(PATHS.matcher(BrowserLogin.LOGIN_PAGE), "Content-Security-Policy",
						SecurityConfiguration.PUBLIC_PAGE_POLICY))
				.addHeaderWriter(on(PATHS.matcher(BrowserLogin.LOGIN_PAGE), "Referrer-Policy", "no-referrer")));
		login.addTo(http);
		return http.build();
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	SecurityFilterChain staffPagesChain(HttpSecurity http, ObjectProvider<BrowserLogin> logins,
			ObjectProvider<BearerTokens> oidc) throws Exception {
		BrowserLogin login = logins.getIfAvailable(PasswordLogin::new);
		BearerTokens bearerTokens = oidc.getIfAvailable();
		String[] staff = SpoGroups.STAFF.toArray(String[]::new);
		String[] simulatedPageUsers = Stream.concat(Stream.of(SpoGroups.SUPERVISORS, SpoGroups.ADMINS),
				SpoGroups.PARTNERS.stream()).toArray(String[]::new);
		http.securityMatcher(STAFF_PAGES)
			.authorizeHttpRequests(requests -> requests
				// the staff pages' stylesheet (no data): the login page and the error pages use it too
				.requestMatchers(PATHS.matcher("/dashboard/assets/**")).permitAll()
				// the dashboard is for those who oversee; every officer has a work queue
				.requestMatchers(PATHS.matcher("/dashboard"), PATHS.matcher("/dashboard/**"))
				.hasAnyAuthority(SpoGroups.SUPERVISORS, SpoGroups.ADMINS)
				.requestMatchers(PATHS.matcher("/work"), PATHS.matcher("/work/**")).hasAnyAuthority(staff)
				// a case's page, for every role of its unit (dashboard.CaseReader: what each role sees of it); its
				// evidence upload form carries Spring Security's CSRF token, as the simulated partners' page does
				.requestMatchers(PATHS.matcher("/cases/**")).hasAnyAuthority(staff)
				// embedded default only (the page exists only there): what each partner received, and its answers
				.requestMatchers(PATHS.matcher("/partners/simulated"), PATHS.matcher("/partners/simulated/**"))
				.hasAnyAuthority(simulatedPageUsers)
				.anyRequest().denyAll())
			.requestCache(cache -> cache.requestCache(savedPages(AnyRequestMatcher.INSTANCE)))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(login.entryPoint()),
						PAGE_REQUEST)
				.defaultAuthenticationEntryPointFor(PartnerApiProblems.basic(), AnyRequestMatcher.INSTANCE))
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.addHeaderWriter(on(POLICED_PAGES, "Content-Security-Policy", SecurityConfiguration.PUBLIC_PAGE_POLICY))
				.addHeaderWriter(on(POLICED_PAGES, "Referrer-Policy", "no-referrer")));
		if (bearerTokens == null || bearerTokens.keepBasic()) {
			http.httpBasic(basic -> basic.authenticationEntryPoint(PartnerApiProblems.basic()));
		}
		if (bearerTokens != null) {
			bearerTokens.acceptOn(http);
		}
		return http.build();
	}

	/**
	 * Camunda's container-based authentication: the session's user becomes the webapps' user. After Spring Security
	 * (which has the user by then), before the webapps' own filters (registered later).
	 */
	@Bean
	FilterRegistrationBean<WebappSessionFromLogin> webappSessionFromLogin(CamundaBpmProperties camunda) {
		String webapp = camunda.getWebapp().getApplicationPath();
		FilterRegistrationBean<WebappSessionFromLogin> registration = new FilterRegistrationBean<>(
				new WebappSessionFromLogin());
		registration.setName("Container Based Authentication Filter");
		registration.addUrlPatterns(webapp + "/app/*", webapp + "/api/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	private static LogoutSuccessHandler logoutAnswers(RequestMatcher webappLogout) {
		LinkedHashMap<RequestMatcher, LogoutSuccessHandler> answers = new LinkedHashMap<>();
		// the webapps' script expects a plain answer and then shows its login, which sends the browser to /login
		answers.put(webappLogout, new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK));
		DelegatingLogoutSuccessHandler handler = new DelegatingLogoutSuccessHandler(answers);
		SimpleUrlLogoutSuccessHandler toLoginPage = new SimpleUrlLogoutSuccessHandler();
		toLoginPage.setDefaultTargetUrl(BrowserLogin.LOGIN_PAGE + "?logout");
		handler.setDefaultLogoutSuccessHandler(toLoginPage);
		return handler;
	}

	/** Only a page a browser asked for is returned to after the login, never an XHR call or a stylesheet. */
	private static HttpSessionRequestCache savedPages(RequestMatcher within) {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(within, PAGE_REQUEST));
		return cache;
	}

	private static RequestMatcher pageRequests() {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return new AndRequestMatcher(PATHS.matcher(HttpMethod.GET, "/**"), html);
	}

	private static HeaderWriter on(RequestMatcher paths, String header, String value) {
		return new DelegatingRequestMatcherHeaderWriter(paths, new StaticHeadersWriter(header, value));
	}

}
