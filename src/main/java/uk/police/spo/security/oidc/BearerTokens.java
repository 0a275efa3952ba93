package uk.police.spo.security.oidc;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Bearer tokens of the OIDC provider on the stateless chain (engine REST and the project's APIs). The provider's keys,
 * issuer, expiry and optional audience are checked by Spring Boot's JwtDecoder (issuer-uri or jwk-set-uri); this class
 * only says who the token's user is and which groups they have.
 */
public class BearerTokens {

	private final JwtDecoder decoder;

	private final TokenClaims claims;

	private final boolean keepBasic;

	BearerTokens(JwtDecoder decoder, TokenClaims claims, boolean keepBasic) {
		this.decoder = decoder;
		this.claims = claims;
		this.keepBasic = keepBasic;
	}

	/** Whether HTTP Basic against Camunda identity stays on beside the tokens (spo.security.oidc.basic-auth). */
	public boolean keepBasic() {
		return keepBasic;
	}

	public void acceptOn(HttpSecurity http) throws Exception {
		http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(token -> {
			String user = claims.userId(token.getClaims());
			if (user == null) {
				// a valid token that names nobody (a client-credentials token without the claim): no user to audit
				throw new InvalidBearerTokenException("The token has no '" + claims.userClaim() + "' claim");
			}
			return new JwtAuthenticationToken(token, claims.authorities(token.getClaims()), user);
		})));
	}

}
