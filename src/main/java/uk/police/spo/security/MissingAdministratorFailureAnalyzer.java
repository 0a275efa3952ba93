package uk.police.spo.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class MissingAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdministratorException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingAdministratorException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set the environment variables SPO_ADMIN_USER and SPO_ADMIN_PASSWORD (a strong password) and start "
						+ "again. They are needed only until the first administrator exists.",
				cause);
	}

}
