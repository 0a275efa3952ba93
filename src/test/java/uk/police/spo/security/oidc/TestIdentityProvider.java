package uk.police.spo.security.oidc;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Keycloak on 127.0.0.1, just enough of OpenID Connect for the application's real configuration:
 * the discovery document, the key set, and the token endpoint of the authorization code flow. Its RSA key pair is
 * generated at start; tokens are minted with Nimbus (as Keycloak would sign them) by the tests themselves.
 */
final class TestIdentityProvider implements AutoCloseable {

	static final String CLIENT_ID = "spo-case-system";

	static final String CLIENT_SECRET = "test-only-client-secret";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final RSAKey key;

	private final RSAKey strangerKey;

	private final HttpServer server;

	private final String issuer;

	private record Login(String nonce, String user, List<String> groups) {
	}

	private final Map<String, Login> codes = new ConcurrentHashMap<>();

	private TestIdentityProvider() throws IOException, JOSEException {
		key = new RSAKeyGenerator(2048).keyID("realm-key").generate();
		// same key id: a token signed by it must fail on the signature, not merely on an unknown kid
		strangerKey = new RSAKeyGenerator(2048).keyID("realm-key").generate();
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/spo";
		server.createContext("/realms/spo/.well-known/openid-configuration", this::discovery);
		server.createContext("/realms/spo/protocol/openid-connect/certs",
				exchange -> answer(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
		server.createContext("/realms/spo/protocol/openid-connect/token", this::token);
		server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
			Thread thread = new Thread(runnable, "test-identity-provider");
			thread.setDaemon(true);
			return thread;
		}));
		server.start();
	}

	static TestIdentityProvider start() {
		try {
			return new TestIdentityProvider();
		}
		catch (IOException | JOSEException e) {
			throw new IllegalStateException("cannot start the test identity provider", e);
		}
	}

	String issuer() {
		return issuer;
	}

	/** An access token as Keycloak issues it: five minutes, the user, and the groups as given (paths allowed). */
	String accessToken(String user, List<String> groups) {
		return token(key, claims -> claims.claim("preferred_username", user).claim("groups", groups));
	}

	/** A token signed by this provider's key, or another, after the changes the test makes to valid claims. */
	String token(boolean signedByProvider, Consumer<JWTClaimsSet.Builder> changes) {
		return token(signedByProvider ? key : strangerKey, changes);
	}

	private String token(RSAKey signer, Consumer<JWTClaimsSet.Builder> changes) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer)
			.subject(UUID.randomUUID().toString())
			.audience("account")
			.claim("azp", CLIENT_ID)
			.claim("typ", "Bearer")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.jwtID(UUID.randomUUID().toString());
		changes.accept(claims);
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
					claims.build());
			jwt.sign(new RSASSASigner(signer));
			return jwt.serialize();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * What the provider's login page does once the user has signed in: takes the authorization request the
	 * application redirected the browser to, and answers with the application's callback carrying a fresh code.
	 */
	URI signIn(URI authorizationRequest, String user, List<String> groups) {
		Map<String, String> query = query(authorizationRequest.getRawQuery());
		if (!authorizationRequest.toString().startsWith(issuer + "/protocol/openid-connect/auth")
				|| !CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))) {
			throw new IllegalArgumentException("not an authorization request for this provider: " + authorizationRequest);
		}
		String code = UUID.randomUUID().toString();
		codes.put(code, new Login(query.get("nonce"), user, groups));
		return URI.create(query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state"));
	}

	private void discovery(HttpExchange exchange) throws IOException {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", issuer);
		document.put("authorization_endpoint", issuer + "/protocol/openid-connect/auth");
		document.put("token_endpoint", issuer + "/protocol/openid-connect/token");
		document.put("jwks_uri", issuer + "/protocol/openid-connect/certs");
		document.put("response_types_supported", List.of("code"));
		document.put("subject_types_supported", List.of("public"));
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		document.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
		document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
		document.put("scopes_supported", List.of("openid", "profile"));
		answer(exchange, 200, JSON.writeValueAsString(document));
	}

	private void token(HttpExchange exchange) throws IOException {
		String expectedClient = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(UTF_8));
		Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), UTF_8));
		Login login = codes.remove(String.valueOf(form.get("code")));
		if (!"POST".equals(exchange.getRequestMethod())
				|| !expectedClient.equals(exchange.getRequestHeaders().getFirst("Authorization"))
				|| !"authorization_code".equals(form.get("grant_type")) || login == null) {
			answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
			return;
		}
		String idToken = token(key, claims -> claims.audience(CLIENT_ID)
			.claim("typ", "ID")
			.claim("nonce", login.nonce())
			.claim("preferred_username", login.user())
			.claim("groups", login.groups()));
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("access_token", accessToken(login.user(), login.groups()));
		response.put("token_type", "Bearer");
		response.put("expires_in", 300);
		response.put("scope", "openid profile");
		response.put("id_token", idToken);
		answer(exchange, 200, JSON.writeValueAsString(response));
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> values = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return values;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
			values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8));
		}
		return values;
	}

	private static void answer(HttpExchange exchange, int status, String json) {
		try (exchange) {
			byte[] body = json.getBytes(UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, body.length);
			exchange.getResponseBody().write(body);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
