package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.catalog.impl.AbstractCamelCatalog;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.FromDefinition;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.SendDefinition;
import org.apache.camel.model.ToDynamicDefinition;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint URI of the route files in {@code integration/} is valid for its component, checked at build time
 * with Camel's catalog (the components' own option lists) without starting the application: a misspelt option or a
 * value of the wrong type fails here, not when the first referral is sent. Property placeholders and the dynamic
 * parts of a {@code toD} are given sample values first; one without a sample fails the test, so that it gets one.
 */
class IntegrationRouteUrisTests {

	/** Sample values of the placeholders the routes use, as they could be configured. */
	static final Map<String, String> SAMPLES = Map.of(
			"{{spo.partners.marac.endpoint}}", "https://marac.example.org/referrals",
			"{{spo.partners.housing.endpoint}}", "https://housing.example.org/referrals",
			"{{spo.partners.advocacy.endpoint}}", "https://advocacy.example.org/referrals",
			"${exchangeProperty.spoPartnerEndpoint}", "https://court.example.org/referrals",
			"${exchangeProperty.spoSmtpHost}", "smtp.court.example.org",
			"${exchangeProperty.spoSmtpPort}", "587");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]+}}|\\$\\{[^}]+}");

	static CamelContext camel;

	static AbstractCamelCatalog catalog;

	@BeforeAll
	static void loadTheRouteFiles() throws Exception {
		camel = new DefaultCamelContext();
		PluginHelper.getRoutesLoader(camel).loadRoutes(new IntegrationRouteFiles("classpath*:integration/**/*.camel.yaml").find());
		// the runtime catalog (camel-core-catalog) reads each component's option list from the component's own jar
		catalog = (AbstractCamelCatalog) PluginHelper.getRuntimeCamelCatalog(camel);
	}

	@AfterAll
	static void close() throws Exception {
		camel.close();
	}

	@Test
	void everyEndpointUriOfEveryRouteIsValidForItsComponent() {
		Map<String, String> uris = endpointUris();

		for (String route : List.of("marac-referral", "housing-referral", "advocacy-referral", "court-referral",
				"court-referral-mail")) {
			assertThat(uris.keySet()).as("the partner flow " + route + " sends somewhere")
				.contains(route + " from")
				.anyMatch(where -> where.startsWith(route + " to "));
		}
		assertThat(uris.values()).as("the options of the route files are part of the URIs checked")
			.anyMatch(uri -> uri.contains("httpClientConfigurer=")).anyMatch(uri -> uri.contains("authenticator="));
		uris.forEach((where, uri) -> {
			String sample = withSamples(where, uri);
			boolean consumer = where.endsWith(" from");
			EndpointValidationResult result = catalog.validateEndpointProperties(sample, true, consumer, !consumer);
			assertThat(result.isSuccess()).as(where + ": " + uri + "\n" + result.summaryErrorMessage(false)).isTrue();
		});
	}

	@Test
	void theCheckFindsAMisspeltOptionAndAWrongType() {
		EndpointValidationResult misspelt = catalog.validateEndpointProperties(
				"https://marac.example.org/referrals?throwExceptionOnFailur=false", true, false, true);
		EndpointValidationResult wrongType = catalog.validateEndpointProperties(
				"smtp://smtp.court.example.org:not-a-port?connectionTimeout=soon", true, false, true);

		assertThat(misspelt.isSuccess()).isFalse();
		assertThat(misspelt.getUnknown()).contains("throwExceptionOnFailur");
		assertThat(wrongType.isSuccess()).isFalse();
	}

	/** Each route's endpoint URIs as the route files give them, by "route-id from" and "route-id to n". */
	private static Map<String, String> endpointUris() {
		Map<String, String> uris = new LinkedHashMap<>();
		List<RouteDefinition> routes = ((ModelCamelContext) camel).getRouteDefinitions();
		assertThat(routes).isNotEmpty();
		for (RouteDefinition route : routes) {
			FromDefinition from = route.getInput();
			uris.put(route.getRouteId() + " from", from.getEndpointUri());
			List<String> sent = new ArrayList<>();
			collect(route.getOutputs(), sent);
			for (int i = 0; i < sent.size(); i++) {
				uris.put(route.getRouteId() + " to " + (i + 1), sent.get(i));
			}
		}
		return uris;
	}

	/** The URIs the steps send to, in order, nested steps after their parent. */
	private static void collect(List<ProcessorDefinition<?>> steps, List<String> uris) {
		for (ProcessorDefinition<?> step : steps) {
			if (step instanceof SendDefinition<?> to) {
				uris.add(to.getEndpointUri());
			}
			else if (step instanceof ToDynamicDefinition toD) {
				uris.add(toD.getUri());
			}
			collect(step.getOutputs(), uris);
		}
	}

	private static String withSamples(String where, String uri) {
		Matcher placeholders = PLACEHOLDER.matcher(uri);
		StringBuilder sample = new StringBuilder();
		while (placeholders.find()) {
			String value = SAMPLES.get(placeholders.group());
			assertThat(value).as(where + ": give " + placeholders.group() + " a sample value in SAMPLES").isNotNull();
			placeholders.appendReplacement(sample, Matcher.quoteReplacement(value));
		}
		placeholders.appendTail(sample);
		return sample.toString();
	}

}
