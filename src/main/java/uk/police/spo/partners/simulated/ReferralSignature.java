package uk.police.spo.partners.simulated;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The contract's signature of a referral: {@code X-Signature: sha256=<hex>} of HMAC-SHA256 with the partner's signing
 * key over {@code <X-Spo-Timestamp>.<raw body>}. Checked as a partner would, in constant time.
 */
final class ReferralSignature {

	static final String PREFIX = "sha256=";

	private ReferralSignature() {
	}

	static String sign(String key, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
		}
	}

	static boolean verifies(String key, String timestamp, byte[] body, String signature) {
		if (key == null || key.isBlank() || timestamp == null || signature == null) {
			return false;
		}
		byte[] expected = sign(key, timestamp, body).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.strip().toLowerCase().getBytes(StandardCharsets.US_ASCII));
	}

}
