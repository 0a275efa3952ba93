package uk.police.spo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import uk.police.spo.security.oidc.BearerTokens;
import uk.police.spo.support.MySqlCompatibleTest;

/**
 * Without single sign-on configured (the embedded default and the mysql profile) the OAuth2 starters on the
 * classpath stay idle: a bearer token, however well formed, logs nobody in, and the webapps keep their own login.
 */
class BearerTokensOffWithoutOidcTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ApplicationContext context;

	@Test
	void aBearerTokenIsNotAcceptedAndTheChallengeIsBasic() throws Exception {
		RSAKey key = new RSAKeyGenerator(2048).keyID("k").generate();
		SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k").build(),
				new JWTClaimsSet.Builder().issuer("http://127.0.0.1/realms/spo")
					.claim("preferred_username", "admin")
					.claim("groups", List.of("admins", "camunda-admin"))
					.expirationTime(Date.from(Instant.now().plusSeconds(300)))
					.build());
		token.sign(new RSASSASigner(key));
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token.serialize());

		for (String path : List.of("/engine-rest/task", "/api/cases/SH-2026-999999", "/api/audit")) {
			ResponseEntity<String> answer = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
			assertThat(answer.getStatusCode().value()).as(path).isEqualTo(401);
			assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path).startsWith("Basic");
		}
	}

	/**
	 * Without the oidc profile nothing of the provider is made: the browser's one login is the password form (no
	 * BrowserLogin bean, so PasswordLogin), beside the stateless chain of the APIs.
	 */
	@Test
	void noTokenDecoderNoClientRegistrationAndThePasswordLogin() {
		assertThat(context.getBeanNamesForType(JwtDecoder.class)).isEmpty();
		assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
		assertThat(context.getBeanNamesForType(BearerTokens.class)).isEmpty();
		assertThat(context.getBeanNamesForType(BrowserLogin.class)).isEmpty();
		assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("browserLoginChain",
				"staffPagesChain", "securityFilterChain");
	}

}
