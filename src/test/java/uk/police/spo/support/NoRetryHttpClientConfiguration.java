package uk.police.spo.support;

import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * The tests' HTTP client must show each answer as the server gave it. Apache HttpClient 5 (on the test classpath)
 * would otherwise retry a 429 or 503 by itself after sleeping for its Retry-After, and carry cookies from one test
 * into the next.
 */
@Configuration(proxyBeanMethods = false)
public class NoRetryHttpClientConfiguration {

	@Bean
	RestTemplateBuilder restTemplateBuilder() {
		return new RestTemplateBuilder().requestFactory(() -> new HttpComponentsClientHttpRequestFactory(
				HttpClients.custom()
					.disableAutomaticRetries()
					.disableRedirectHandling()
					// cookies (a webapp session, its CSRF token) only where a test sends them itself
					.disableCookieManagement()
					.build()));
	}

}
