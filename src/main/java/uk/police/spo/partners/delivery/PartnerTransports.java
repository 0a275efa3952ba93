package uk.police.spo.partners.delivery;

import java.time.Duration;
import java.util.Properties;

import jakarta.mail.PasswordAuthentication;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.component.mail.MailAuthenticator;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.police.spo.partners.PartnersProperties;
import uk.police.spo.partners.PartnersProperties.Partner;

/**
 * Each partner's connection settings for its route ({@code httpClientConfigurer=#maracHttpClient} and so on): the
 * connect and read time-outs of {@code spo.partners.<partner>.*}; for the court's mail, STARTTLS and the SMTP login.
 * The password is handed to the mail session only, never put in an endpoint URI (which Camel may log).
 */
@Configuration(proxyBeanMethods = false)
class PartnerTransports {

	@Bean
	HttpClientConfigurer maracHttpClient(PartnersProperties partners) {
		return timeouts(partners.marac());
	}

	@Bean
	HttpClientConfigurer housingHttpClient(PartnersProperties partners) {
		return timeouts(partners.housing());
	}

	@Bean
	HttpClientConfigurer advocacyHttpClient(PartnersProperties partners) {
		return timeouts(partners.advocacy());
	}

	@Bean
	HttpClientConfigurer courtHttpClient(PartnersProperties partners) {
		return timeouts(partners.court());
	}

	@Bean
	MailAuthenticator courtMailAuthenticator(PartnersProperties partners) {
		return new MailAuthenticator() {
			@Override
			public PasswordAuthentication getPasswordAuthentication() {
				PartnersProperties.Smtp smtp = partners.court().smtp();
				boolean login = smtp != null && smtp.username() != null && !smtp.username().isBlank();
				return new PasswordAuthentication(login ? smtp.username() : null, login ? smtp.password() : null);
			}
		};
	}

	/** JavaMail settings of the court's SMTP session: STARTTLS as configured (required when on), the time-outs. */
	@Bean
	Properties courtMailProperties(PartnersProperties partners) {
		Partner court = partners.court();
		boolean starttls = court.smtp() != null && court.smtp().starttls();
		Properties mail = new Properties();
		mail.setProperty("mail.smtp.starttls.enable", Boolean.toString(starttls));
		mail.setProperty("mail.smtp.starttls.required", Boolean.toString(starttls));
		mail.setProperty("mail.smtp.connectiontimeout", millis(court.connectTimeout()));
		mail.setProperty("mail.smtp.timeout", millis(court.readTimeout()));
		mail.setProperty("mail.smtp.writetimeout", millis(court.readTimeout()));
		return mail;
	}

	private static HttpClientConfigurer timeouts(Partner partner) {
		RequestConfig config = RequestConfig.custom()
			.setConnectTimeout(Timeout.of(partner.connectTimeout()))
			.setConnectionRequestTimeout(Timeout.of(partner.connectTimeout()))
			.setResponseTimeout(Timeout.of(partner.readTimeout()))
			.build();
		return builder -> builder.setDefaultRequestConfig(config);
	}

	private static String millis(Duration duration) {
		return Long.toString(duration.toMillis());
	}

}
