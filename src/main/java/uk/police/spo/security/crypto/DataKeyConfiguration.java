package uk.police.spo.security.crypto;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key ring and cipher for personal data. Keys come from SPO_DATA_KEYS / SPO_DATA_KEY_CURRENT; without them the
 * embedded default generates a local key (spo.crypto.generate-local-key) and every other profile refuses to start.
 * Key material is never logged, only key ids.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class DataKeyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DataKeyConfiguration.class);

	static final String KEYS_VARIABLE = "SPO_DATA_KEYS (spo.crypto.keys)";

	static final String CURRENT_VARIABLE = "SPO_DATA_KEY_CURRENT (spo.crypto.current-key)";

	@Bean
	DataKeyRing dataKeyRing(CryptoProperties properties) {
		DataKeyRing ring;
		if (properties.keysGiven()) {
			ring = DataKeyRing.parse(properties.keys(), properties.currentKey(), KEYS_VARIABLE, CURRENT_VARIABLE);
		}
		else if (properties.generateLocalKey()) {
			ring = LocalDataKey.loadOrCreate(Path.of(properties.localKeyFile()));
			log.warn("Contact details are encrypted with a key generated on this machine ({}, key '{}'). It is for the "
					+ "embedded default only, NOT for production: set SPO_DATA_KEYS and SPO_DATA_KEY_CURRENT there.",
					Path.of(properties.localKeyFile()).toAbsolutePath().normalize(), ring.currentKeyId());
		}
		else {
			throw new DataKeyException("No data encryption key is configured: victims' contact details are "
					+ "encrypted at rest and this profile does not generate keys. Set SPO_DATA_KEYS. "
					+ DataKeyException.HOW_TO_GENERATE);
		}
		log.info("Contact details are encrypted with AES-256-GCM using key '{}' (keys configured: {})",
				ring.currentKeyId(), String.join(", ", ring.keyIds()));
		return ring;
	}

	@Bean
	FieldCipher fieldCipher(DataKeyRing dataKeyRing) {
		return new FieldCipher(dataKeyRing);
	}

}
