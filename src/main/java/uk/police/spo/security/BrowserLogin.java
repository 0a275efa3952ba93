package uk.police.spo.security;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How a browser logs in to the one session that the webapps and the staff pages share (BrowserSessionSecurity): the
 * password form at {@code /login} against Camunda identity ({@link PasswordLogin}), or an OIDC provider
 * ({@code oidc.ProviderLogin}, when a client registration is configured).
 */
public interface BrowserLogin {

	/** The sign-in page, {@code /login}: the password form, or the way to the provider. */
	String LOGIN_PAGE = "/login";

	/** The login's own endpoints besides {@link #LOGIN_PAGE} (a provider's redirect and callback). */
	List<String> endpoints();

	/** Where a page asked for without a login sends the browser. */
	String entryPoint();

	/** Where the sign-in page's "Sign in" goes when it offers a provider instead of the password form, else null. */
	String providerLink();

	/** Adds the login's own processing to the browser's session chain. */
	void addTo(HttpSecurity http) throws Exception;

}
