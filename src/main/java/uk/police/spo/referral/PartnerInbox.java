package uk.police.spo.referral;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseRepository;
import uk.police.spo.messages.CaseMessageException;
import uk.police.spo.messages.CaseMessages;

/**
 * Messages partners send in. Each partner may send only its own kinds of message; a message id is taken once (a
 * repeat is acknowledged and ignored); the message is delivered and recorded in one transaction, and a refused one is
 * recorded with its reason in a transaction of its own, so a supervisor can see it.
 */
@Service
public class PartnerInbox {

	public enum Outcome {
		ACCEPTED, DUPLICATE
	}

	static final Map<String, Set<String>> TYPES = Map.of(
			"court", Set.of("CourtHearingListed", "CourtOutcomeReceived"),
			"housing", Set.of("PartnerReferralAnswered"),
			"advocacy", Set.of("PartnerReferralAnswered", "BreachReported"));

	static final Map<String, ReferralPartner> PARTNERS = Map.of("court", ReferralPartner.COURT, "housing",
			ReferralPartner.HOUSING, "advocacy", ReferralPartner.ADVOCACY);

	static final int MAX_BODY = 4000;

	private final PartnerMessageRepository messages;

	private final CaseMessages caseMessages;

	private final CaseRepository cases;

	private final ReferralRepository referrals;

	private final CaseRecords records;

	private final ObjectMapper json;

	private final Clock clock;

	private final TransactionTemplate inTransaction;

	private final TransactionTemplate inOwnTransaction;

	PartnerInbox(PartnerMessageRepository messages, CaseMessages caseMessages, CaseRepository cases,
			ReferralRepository referrals, CaseRecords records, ObjectMapper json, Clock clock,
			PlatformTransactionManager transactions) {
		this.messages = messages;
		this.caseMessages = caseMessages;
		this.cases = cases;
		this.referrals = referrals;
		this.records = records;
		this.json = json;
		this.clock = clock;
		this.inTransaction = new TransactionTemplate(transactions);
		this.inOwnTransaction = new TransactionTemplate(transactions);
		this.inOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public Outcome receive(String partner, PartnerInboundMessage message) {
		if (messages.findByPartnerAndMessageId(partner, message.messageId()).isPresent()) {
			return Outcome.DUPLICATE;
		}
		String body = serialise(message.body());
		try {
			inTransaction.executeWithoutResult(status -> {
				deliver(partner, message);
				messages.saveAndFlush(new PartnerMessage(partner, message, caseIdOf(message), body,
						PartnerMessage.ACCEPTED, null, clock.instant()));
			});
			return Outcome.ACCEPTED;
		}
		catch (DataIntegrityViolationException concurrentRepeat) {
			return Outcome.DUPLICATE;
		}
		catch (CaseMessageException refused) {
			keepRefused(partner, message, body, refused);
			throw refused;
		}
	}

	private void deliver(String partner, PartnerInboundMessage message) {
		if (!TYPES.get(partner).contains(message.type())) {
			throw CaseMessageException.invalid(List.of("type: " + partner + " may send " + TYPES.get(partner).stream().sorted().toList()));
		}
		if ("PartnerReferralAnswered".equals(message.type())) {
			answerReferral(partner, message);
		}
		else {
			caseMessages.deliver(message.caseReference(), message.type(), message.body(), "partner " + partner);
		}
	}

	private void answerReferral(String partner, PartnerInboundMessage message) {
		CaseFile caseFile = cases.findByReference(message.caseReference()).orElseThrow(CaseMessageException::unknownCase);
		Referral referral = referralId(message.body()).flatMap(referrals::findById)
			.filter(r -> r.caseId().equals(caseFile.id()) && r.partner() == PARTNERS.get(partner))
			.orElseThrow(() -> CaseMessageException.invalid(List.of("body.referralId: not a referral of this case to " + partner)));
		if (referral.status() != ReferralStatus.SENT) {
			throw new CaseMessageException(HttpStatus.CONFLICT,
					"The referral is " + referral.status() + " and cannot be answered now.", List.of());
		}
		referral.answered(clock.instant());
		records.record(caseFile.id(), "REFERRAL_ANSWERED", "Referral answered by " + partner);
	}

	private static java.util.Optional<UUID> referralId(Map<String, Object> body) {
		try {
			return java.util.Optional.of(UUID.fromString(String.valueOf(body.get("referralId"))));
		}
		catch (IllegalArgumentException notAnId) {
			return java.util.Optional.empty();
		}
	}

	private void keepRefused(String partner, PartnerInboundMessage message, String body, CaseMessageException refused) {
		try {
			inOwnTransaction.executeWithoutResult(status -> messages.saveAndFlush(new PartnerMessage(partner, message,
					caseIdOf(message), body, PartnerMessage.REFUSED,
					truncate(refused.getMessage() + " " + refused.problems()), clock.instant())));
		}
		catch (DataIntegrityViolationException alreadyKept) {
			// the same refused message again: it is kept once
		}
	}

	private UUID caseIdOf(PartnerInboundMessage message) {
		return cases.findByReference(message.caseReference()).map(CaseFile::id).orElse(null);
	}

	private String serialise(Map<String, Object> body) {
		try {
			String text = json.writeValueAsString(body);
			if (text.length() > MAX_BODY) {
				throw CaseMessageException.invalid(List.of("body: at most " + MAX_BODY + " characters of JSON"));
			}
			return text;
		}
		catch (JsonProcessingException e) {
			throw CaseMessageException.invalid(List.of("body: not serialisable"));
		}
	}

	private static String truncate(String reason) {
		return reason.length() <= 500 ? reason : reason.substring(0, 500);
	}

}
