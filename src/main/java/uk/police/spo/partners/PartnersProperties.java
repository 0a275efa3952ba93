package uk.police.spo.partners;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code spo.partners.<court|marac|housing|advocacy>.*} (environment {@code SPO_PARTNERS_<PARTNER>_<PROPERTY>}): where
 * each partner's referrals go and the key that signs them. Keys and passwords are secrets: {@link #toString()} never
 * shows them.
 */
@ConfigurationProperties("spo.partners")
public record PartnersProperties(Partner court, Partner marac, Partner housing, Partner advocacy) {

	public enum Transport {
		SMTP, HTTPS
	}

	/**
	 * One partner. {@code transport} and {@code smtp} are the court's only: it takes referrals by secure email or, by
	 * configuration, over HTTPS as the others do.
	 */
	public record Partner(String endpoint, String signingKey, Duration connectTimeout, Duration readTimeout,
			Transport transport, Smtp smtp) {

		public Partner {
			connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
			readTimeout = readTimeout == null ? Duration.ofSeconds(20) : readTimeout;
			transport = transport == null ? Transport.HTTPS : transport;
		}

		public boolean byMail() {
			return transport == Transport.SMTP;
		}

		@Override
		public String toString() {
			return "Partner[endpoint=" + endpoint + ", signingKey=" + masked(signingKey) + ", connectTimeout="
					+ connectTimeout + ", readTimeout=" + readTimeout + ", transport=" + transport + ", smtp=" + smtp + "]";
		}

	}

	public record Smtp(String host, Integer port, String username, String password, String from, String to,
			boolean starttls) {

		public Smtp {
			port = port == null ? 25 : port;
		}

		@Override
		public String toString() {
			return "Smtp[host=" + host + ", port=" + port + ", username=" + username + ", password="
					+ masked(password) + ", from=" + from + ", to=" + to + ", starttls=" + starttls + "]";
		}

	}

	public PartnersProperties {
		court = orNone(court);
		marac = orNone(marac);
		housing = orNone(housing);
		advocacy = orNone(advocacy);
	}

	public Partner of(ReferralPartner partner) {
		return Map.of(ReferralPartner.COURT, court, ReferralPartner.MARAC, marac, ReferralPartner.HOUSING, housing,
				ReferralPartner.ADVOCACY, advocacy).get(partner);
	}

	private static Partner orNone(Partner partner) {
		return partner != null ? partner : new Partner(null, null, null, null, null, null);
	}

	private static String masked(String secret) {
		return secret == null || secret.isEmpty() ? "(unset)" : "(set)";
	}

}
