package uk.police.spo.partners.delivery;

import java.util.List;
import java.util.Locale;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import uk.police.spo.partners.PartnersProperties;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralAttachment;
import uk.police.spo.partners.ReferralAttachments;
import uk.police.spo.partners.ReferralPartner;

/**
 * Hands a referral to its partner's route (integration/&lt;partner&gt;/) and reads what came of it. The court's route is
 * its mail route or its HTTPS route as {@code spo.partners.court.transport} says.
 */
@Component
class PartnerRoutes {

	private final ProducerTemplate producer;

	private final PartnersProperties partners;

	private final ObjectProvider<ReferralAttachments> attachments;

	PartnerRoutes(ProducerTemplate producer, PartnersProperties partners,
			ObjectProvider<ReferralAttachments> attachments) {
		this.producer = producer;
		this.partners = partners;
		this.attachments = attachments;
	}

	static String routeOf(ReferralPartner partner, boolean byMail) {
		String name = partner.name().toLowerCase(Locale.ROOT);
		return "direct:" + name + "-referral" + (byMail ? "-mail" : "");
	}

	DeliveryOutcome deliver(Referral referral, String caseReference, ReferralPayload payload) {
		boolean byMail = partners.of(referral.partner()).byMail();
		Exchange answer = producer.send(routeOf(referral.partner(), byMail), exchange -> {
			exchange.setProperty(ReferralExchange.PARTNER, referral.partner());
			exchange.setProperty(ReferralExchange.REFERRAL_ID, referral.idempotencyKey());
			exchange.setProperty(ReferralExchange.CASE_REFERENCE, caseReference);
			exchange.setProperty(ReferralExchange.KIND, referral.purpose());
			exchange.setProperty(ReferralExchange.ENDPOINT, partners.of(referral.partner()).endpoint());
			if (byMail) {
				exchange.setProperty(ReferralExchange.ATTACHMENTS, attachmentsOf(referral));
			}
			exchange.getMessage().setBody(payload.bytes());
		});
		DeliveryOutcome outcome = answer.getProperty(ReferralExchange.OUTCOME, DeliveryOutcome.class);
		if (outcome != null) {
			return outcome;
		}
		return answer.getException() != null ? PartnerAnswers.outcome(answer.getException())
				: DeliveryOutcome.unavailable("no answer");
	}

	private List<ReferralAttachment> attachmentsOf(Referral referral) {
		ReferralAttachments documents = attachments.getIfUnique();
		return documents == null ? List.of()
				: documents.forReferral(referral.id(), referral.caseId(), referral.purpose());
	}

}
