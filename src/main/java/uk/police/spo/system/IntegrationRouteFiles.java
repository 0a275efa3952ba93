package uk.police.spo.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Resource;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads every route file under {@code integration/} (one folder per partner, any depth) into the Camel context.
 * <p>
 * Camel's own {@code camel.main.routes-include-pattern} cannot do this from the packaged jar: since Camel 4.12 a
 * wildcard in it resolves, inside a Spring Boot jar, to a path without the sub-folder, and start-up fails
 * (CAMEL-23370, still present in 4.18.0, the newest Spring Boot 3.5 LTS served here). Spring's resolver reads nested
 * jars correctly, so it finds the files and Camel parses their bytes.
 */
@Component
class IntegrationRouteFiles implements CamelContextConfiguration {

	private final String pattern;

	private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	IntegrationRouteFiles(@Value("${spo.integration.routes:classpath*:integration/**/*.camel.yaml}") String pattern) {
		this.pattern = pattern;
	}

	@Override
	public void beforeApplicationStart(CamelContext camel) {
		try {
			PluginHelper.getRoutesLoader(camel).loadRoutes(find());
		}
		catch (Exception e) {
			throw RuntimeCamelException.wrapRuntimeException(e);
		}
	}

	@Override
	public void afterApplicationStart(CamelContext camel) {
	}

	List<Resource> find() throws IOException {
		List<Resource> routes = new ArrayList<>();
		for (org.springframework.core.io.Resource file : resolver.getResources(pattern)) {
			try (InputStream in = file.getInputStream()) {
				routes.add(ResourceHelper.fromBytes(locationOf(file), in.readAllBytes()));
			}
		}
		return routes;
	}

	/** From {@code integration/} on, so that a route's errors name the file a person edits. */
	private static String locationOf(org.springframework.core.io.Resource file) throws IOException {
		String url = file.getURL().toString();
		int start = url.lastIndexOf("integration/");
		return start < 0 ? file.getFilename() : url.substring(start);
	}

}
