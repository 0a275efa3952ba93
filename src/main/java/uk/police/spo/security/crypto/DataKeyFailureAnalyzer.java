package uk.police.spo.security.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a key problem at start-up into Spring Boot's "APPLICATION FAILED TO START" report with what to do. */
class DataKeyFailureAnalyzer extends AbstractFailureAnalyzer<DataKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataKeyException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set SPO_DATA_KEYS to a comma-separated list of keyId:base64key entries, each key 32 random bytes "
						+ "(`openssl rand -base64 32`), and SPO_DATA_KEY_CURRENT to the id new values are encrypted "
						+ "with. Keep the keys in the force's secret store, never in the repository. When rotating, "
						+ "add the new key, make it current, and keep the old ones listed while stored values name "
						+ "them.",
				cause);
	}

}
