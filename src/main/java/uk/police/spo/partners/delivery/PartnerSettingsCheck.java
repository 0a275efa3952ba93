package uk.police.spo.partners.delivery;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import uk.police.spo.partners.PartnersProperties;
import uk.police.spo.partners.PartnersProperties.Partner;
import uk.police.spo.partners.ReferralPartner;

/**
 * Every partner's transport must be configured before the application starts: a referral the process decides must
 * have somewhere to go. The embedded default points them at the simulated partners; other profiles have no defaults.
 */
@Component
@EnableConfigurationProperties(PartnersProperties.class)
class PartnerSettingsCheck {

	PartnerSettingsCheck(PartnersProperties partners) {
		List<String> missing = new ArrayList<>();
		for (ReferralPartner partner : ReferralPartner.values()) {
			missing.addAll(missing(partner, partners.of(partner)));
		}
		if (!missing.isEmpty()) {
			throw new MissingPartnerSettingException(missing);
		}
	}

	static List<String> missing(ReferralPartner partner, Partner settings) {
		String prefix = "spo.partners." + partner.name().toLowerCase(Locale.ROOT) + ".";
		List<String> missing = new ArrayList<>();
		if (settings.byMail()) {
			var smtp = settings.smtp();
			if (smtp == null || blank(smtp.host())) {
				missing.add(prefix + "smtp.host");
			}
			if (smtp == null || blank(smtp.from())) {
				missing.add(prefix + "smtp.from");
			}
			if (smtp == null || blank(smtp.to())) {
				missing.add(prefix + "smtp.to");
			}
			return missing;
		}
		if (!httpUrl(settings.endpoint())) {
			missing.add(prefix + "endpoint");
		}
		if (blank(settings.signingKey())) {
			missing.add(prefix + "signing-key");
		}
		return missing;
	}

	private static boolean httpUrl(String endpoint) {
		if (blank(endpoint)) {
			return false;
		}
		try {
			URI uri = URI.create(endpoint);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getQuery() == null;
		}
		catch (IllegalArgumentException notAUri) {
			return false;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
