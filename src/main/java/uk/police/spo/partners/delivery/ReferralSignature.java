package uk.police.spo.partners.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

import uk.police.spo.partners.PartnersProperties;
import uk.police.spo.partners.ReferralPartner;

/**
 * Signs a referral for its partner (route step {@code bean: referralSignature}): the headers of the contract and
 * nothing else. {@code X-Signature} is {@code sha256=} and the lowercase hex HMAC-SHA256, under the partner's key, of
 * the timestamp, a dot and the body's bytes, so a partner can check who sent it and refuse a replay.
 */
@Component("referralSignature")
class ReferralSignature {

	static final String ALGORITHM = "HmacSHA256";

	private final PartnersProperties partners;

	private final Clock clock;

	ReferralSignature(PartnersProperties partners, Clock clock) {
		this.partners = partners;
		this.clock = clock;
	}

	public void sign(Exchange exchange) {
		ReferralPartner partner = exchange.getProperty(ReferralExchange.PARTNER, ReferralPartner.class);
		byte[] body = exchange.getMessage().getBody(byte[].class);
		String timestamp = Long.toString(clock.instant().getEpochSecond());
		Message message = exchange.getMessage();
		message.removeHeaders("*");
		message.setHeader(Exchange.HTTP_METHOD, "POST");
		message.setHeader(Exchange.CONTENT_TYPE, "application/json");
		message.setHeader("Idempotency-Key", exchange.getProperty(ReferralExchange.REFERRAL_ID, String.class));
		message.setHeader("X-Spo-Timestamp", timestamp);
		message.setHeader("X-Signature", "sha256=" + hmac(partners.of(partner).signingKey(), timestamp, body));
	}

	static String hmac(String key, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
		}
	}

}
