package uk.police.spo.partners.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import uk.police.spo.partners.PartnersProperties;
import uk.police.spo.partners.PartnersProperties.Partner;
import uk.police.spo.partners.PartnersProperties.Smtp;
import uk.police.spo.partners.PartnersProperties.Transport;

/** Without a partner's transport the application does not start, and says which variables to set. */
class PartnerSettingsCheckTests {

	static final Partner MARAC = http("https://marac.example/referrals", "k");

	static final Partner COURT_BY_MAIL = new Partner(null, null, null, null, Transport.SMTP,
			new Smtp("smtp.court.example", 587, "spo", "secret-password", "spo@force.example", "court@court.example", true));

	@Test
	void everyPartnerConfiguredStartsWithTheDefaultTimeOuts() {
		PartnersProperties partners = new PartnersProperties(COURT_BY_MAIL, MARAC, MARAC, MARAC);

		new PartnerSettingsCheck(partners);

		assertThat(partners.marac().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(partners.marac().readTimeout()).isEqualTo(Duration.ofSeconds(20));
	}

	@Test
	void anUnsetEndpointOrKeyStopsStartUpNamingThePropertyAndItsVariable() {
		PartnersProperties partners = new PartnersProperties(COURT_BY_MAIL, http("", ""), MARAC,
				http("ftp://advocacy.example", "k"));

		assertThatThrownBy(() -> new PartnerSettingsCheck(partners)).isInstanceOfSatisfying(
				MissingPartnerSettingException.class, missing -> {
					assertThat(missing.properties()).containsExactlyInAnyOrder("spo.partners.marac.endpoint",
							"spo.partners.marac.signing-key", "spo.partners.advocacy.endpoint");
					FailureAnalysis analysis = new MissingPartnerSettingFailureAnalyzer().analyze(missing, missing);
					assertThat(analysis.getDescription()).contains("spo.partners.marac.endpoint");
					assertThat(analysis.getAction()).contains("SPO_PARTNERS_MARAC_ENDPOINT",
							"SPO_PARTNERS_MARAC_SIGNING_KEY", "SPO_PARTNERS_ADVOCACY_ENDPOINT");
				});
	}

	@Test
	void theCourtByMailNeedsItsServerAndAddressesAndByHttpsItsEndpoint() {
		Partner noMail = new Partner(null, null, null, null, Transport.SMTP, null);
		Partner https = new Partner(null, "k", null, null, Transport.HTTPS, null);

		assertThat(PartnerSettingsCheck.missing(uk.police.spo.partners.ReferralPartner.COURT, noMail))
			.containsExactly("spo.partners.court.smtp.host", "spo.partners.court.smtp.from", "spo.partners.court.smtp.to");
		assertThat(PartnerSettingsCheck.missing(uk.police.spo.partners.ReferralPartner.COURT, https))
			.containsExactly("spo.partners.court.endpoint");
	}

	@Test
	void secretsNeverShowInTheSettingsText() {
		String text = new PartnersProperties(COURT_BY_MAIL, MARAC, MARAC, MARAC).toString();

		assertThat(text).doesNotContain("secret-password").contains("smtp.court.example");
		assertThat(http("https://x.example", "the-signing-key").toString()).doesNotContain("the-signing-key");
	}

	private static Partner http(String endpoint, String key) {
		return new Partner(endpoint, key, null, null, null, null);
	}

}
