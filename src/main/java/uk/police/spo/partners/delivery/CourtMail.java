package uk.police.spo.partners.delivery;

import java.util.List;

import jakarta.activation.DataHandler;
import jakarta.mail.util.ByteArrayDataSource;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.attachment.AttachmentMessage;
import org.springframework.stereotype.Component;

import uk.police.spo.partners.PartnersProperties;
import uk.police.spo.partners.ReferralAttachment;

/**
 * The court's referral as a mail (route step {@code bean: courtMail}): from and to as configured, a subject with the
 * case reference and kind only, a Message-ID made from the referral id (the same on every attempt, so the court's
 * system can drop a repeat), the JSON as the text, and the documents of the referral attached.
 */
@Component("courtMail")
class CourtMail {

	private final PartnersProperties partners;

	/** Exchange properties the route's endpoint takes the court's SMTP server from. */
	static final String SMTP_HOST = "spoSmtpHost";

	static final String SMTP_PORT = "spoSmtpPort";

	CourtMail(PartnersProperties partners) {
		this.partners = partners;
	}

	static String messageId(String referralId) {
		return "<referral-" + referralId + "@spo.police.uk>";
	}

	public void compose(Exchange exchange) {
		PartnersProperties.Smtp smtp = partners.court().smtp();
		String referralId = exchange.getProperty(ReferralExchange.REFERRAL_ID, String.class);
		Message message = exchange.getMessage();
		String text = message.getBody(String.class);
		message.removeHeaders("*");
		message.setHeader("From", smtp.from());
		message.setHeader("To", smtp.to());
		message.setHeader("Subject", "SPO referral " + exchange.getProperty(ReferralExchange.CASE_REFERENCE, String.class)
				+ " " + exchange.getProperty(ReferralExchange.KIND, String.class));
		message.setHeader("Message-ID", messageId(referralId));
		message.setHeader("Idempotency-Key", referralId);
		message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=UTF-8");
		message.setBody(text);
		exchange.setProperty(SMTP_HOST, smtp.host());
		exchange.setProperty(SMTP_PORT, smtp.port());
		@SuppressWarnings("unchecked")
		List<ReferralAttachment> attachments = exchange.getProperty(ReferralExchange.ATTACHMENTS, List.class);
		if (attachments != null && !attachments.isEmpty()) {
			AttachmentMessage withAttachments = exchange.getMessage(AttachmentMessage.class);
			for (ReferralAttachment attachment : attachments) {
				withAttachments.addAttachment(attachment.fileName(),
						new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
			}
		}
	}

}
