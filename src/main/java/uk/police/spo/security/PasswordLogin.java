package uk.police.spo.security;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The browser's login without a provider: the form at {@code /login} (LoginPageController), checked by
 * {@link CamundaIdentityAuthenticationProvider} exactly as HTTP Basic is, so the engine's login delay after failures
 * applies to both. The form carries Spring Security's CSRF token; a login starts a new session (BrowserSessionSecurity).
 */
final class PasswordLogin implements BrowserLogin {

	/** Where a login goes when no page was asked for first: officers work in Tasklist. */
	static final String LANDING = "/camunda/app/tasklist/default/";

	@Override
	public List<String> endpoints() {
		return List.of();
	}

	@Override
	public String entryPoint() {
		return LOGIN_PAGE;
	}

	@Override
	public String providerLink() {
		return null;
	}

	@Override
	public void addTo(HttpSecurity http) throws Exception {
		http.formLogin(form -> form.loginPage(LOGIN_PAGE)
			.failureUrl(LOGIN_PAGE + "?error")
			.defaultSuccessUrl(LANDING)
			.permitAll());
	}

}
