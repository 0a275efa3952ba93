package uk.police.spo.security.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.modulith.NamedInterface;

/**
 * Encrypts a text attribute on its way to the database and decrypts it on its way back (see {@link FieldCipher}).
 * Null stays null. A stored value without the {@code v1:} prefix is plaintext from before encryption and is read as
 * it is ({@link LegacyPlaintextEncryption} encrypts such values at start-up).
 * <p>
 * Hibernate does not call a no-argument constructor here: Spring Boot gives Hibernate a {@code SpringBeanContainer}
 * ({@code hibernate.resource.beans.container}), and Hibernate 6.6 asks it for every converter; for JPA-compliant
 * creation it calls {@code beanFactory.createBean(EncryptedStringConverter.class)}, which injects the
 * {@link FieldCipher} bean into this constructor. Verified on Boot 3.5 / Hibernate 6.6 by
 * {@code ContactEncryptionMySqlTests} (stored values name the key the test context configures). No static holder:
 * several application contexts in one JVM (as in the tests) may each have their own keys.
 * <p>
 * Values are encrypted with a random IV, so an encrypted attribute cannot be searched or compared in a query.
 */
@Converter
@NamedInterface("encryption")
public class EncryptedStringConverter implements AttributeConverter<String, String> {

	private final FieldCipher cipher;

	public EncryptedStringConverter(FieldCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(String attribute) {
		return attribute == null ? null : cipher.encrypt(attribute);
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		if (stored == null || !FieldCipher.isEncrypted(stored)) {
			return stored;
		}
		return cipher.decrypt(stored);
	}

}
