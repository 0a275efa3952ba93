package uk.police.spo.partners.delivery;

import java.util.Locale;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says which environment variables to set when a partner's transport is not configured. */
class MissingPartnerSettingFailureAnalyzer extends AbstractFailureAnalyzer<MissingPartnerSettingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingPartnerSettingException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set " + String.join(", ", cause.properties().stream().map(MissingPartnerSettingFailureAnalyzer::variable).toList())
						+ " in the environment (endpoints are http(s) URLs; see docs/partners.md) and start again.",
				cause);
	}

	static String variable(String property) {
		return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
	}

}
