package uk.police.spo.security.oidc;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Single sign-on, present only with {@code spo.security.oidc.enabled=true} (the {@code oidc} profile). Without it no
 * bean of this package exists and security is exactly that of {@code SecurityConfiguration} and
 * {@code BrowserSessionSecurity} (the browser's password login): the OAuth2 starters on
 * the classpath stay idle, because Spring Boot creates a JwtDecoder only for a configured issuer or key set, client
 * registrations only for configured clients, and its own filter chains only when the application defines none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spo.security.oidc.enabled", havingValue = "true")
@EnableConfigurationProperties(OidcProperties.class)
@Import(WebappSingleSignOn.class)
public class OidcSecurityConfiguration {

	@Bean
	BearerTokens bearerTokens(ObjectProvider<JwtDecoder> decoder, OidcProperties properties) {
		JwtDecoder jwt = decoder.getIfAvailable();
		if (jwt == null) {
			throw new IllegalStateException("spo.security.oidc.enabled is true but no token issuer is configured: set "
					+ "SPO_OIDC_ISSUER_URI (profile oidc) or spring.security.oauth2.resourceserver.jwt.issuer-uri "
					+ "or jwk-set-uri");
		}
		return new BearerTokens(jwt, TokenClaims.of(properties), properties.basicAuth());
	}

}
