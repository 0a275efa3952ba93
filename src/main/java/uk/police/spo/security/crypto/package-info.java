/**
 * Encryption of personal data at rest, internal to the security module. Other modules' entities use only
 * {@link uk.police.spo.security.crypto.EncryptedStringConverter}, exposed as the named interface {@code encryption}.
 */
package uk.police.spo.security.crypto;
