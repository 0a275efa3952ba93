package uk.police.spo.security;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

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
		// back to the page asked for, or to the sign-in page after a failure, each with the task a link named
		RedirectStrategy keepingFragment = new FragmentKeepingRedirect();
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
		success.setDefaultTargetUrl(LANDING);
		success.setRedirectStrategy(keepingFragment);
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?error");
		failure.setRedirectStrategy(keepingFragment);
		http.formLogin(form -> form.loginPage(LOGIN_PAGE)
			.failureUrl(LOGIN_PAGE + "?error")
			.failureHandler(failure)
			.successHandler(success)
			.permitAll());
	}

}
