package uk.police.spo.partners;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseStatus;
import uk.police.spo.messages.CaseMessageException;
import uk.police.spo.messages.CaseMessages;
import uk.police.spo.system.ConcurrentChange;
import uk.police.spo.system.ProcessMessages;

/**
 * Messages partners send in. Each partner may send only its own kinds of message; a message id is taken once, and a
 * repeat gets the answer the first one got ({@link RepeatedMessages}); the message is delivered and recorded in one
 * transaction, and a refused one is recorded with its reason and its answer in a transaction of its own, so a
 * supervisor can see it. Each writes its audit entry last: an answered referral is altered (ALTER), a refused message
 * for a known case is collected (COLLECT), as a delivered one changes its case ({@link CaseMessages}).
 */
@Service
public class PartnerInbox {

	public enum Outcome {
		ACCEPTED, DUPLICATE
	}

	/**
	 * Bytes of the body's JSON in UTF-8: encrypted and Base64-encoded it still fits {@code partner_message.body}
	 * (8000), whatever the characters.
	 */
	static final int MAX_BODY = 4000;

	private static final String NOT_UNICODE = "text that is not Unicode (an unpaired surrogate)";

	/** What is kept of a refused message: names only, never values (the body's own keys are the partner's). */
	static final List<String> REFUSED_FIELDS = List.of("partnerMessage.messageId", "partnerMessage.type",
			"partnerMessage.body");

	private final PartnerMessageRepository messages;

	private final RepeatedMessages repeats;

	private final CaseMessages caseMessages;

	private final CaseRecords cases;

	private final ReferralAnswers answers;

	private final ReferralRepository referrals;

	private final ObjectProvider<PartnerIncidents> incidents;

	private final AuditTrail audit;

	private final ObjectMapper json;

	private final Clock clock;

	private final TransactionTemplate inTransaction;

	private final TransactionTemplate inOwnTransaction;

	PartnerInbox(PartnerMessageRepository messages, RepeatedMessages repeats, CaseMessages caseMessages,
			CaseRecords cases, ReferralAnswers answers, ReferralRepository referrals,
			ObjectProvider<PartnerIncidents> incidents, AuditTrail audit, ObjectMapper json, Clock clock,
			PlatformTransactionManager transactions) {
		this.messages = messages;
		this.repeats = repeats;
		this.caseMessages = caseMessages;
		this.cases = cases;
		this.answers = answers;
		this.referrals = referrals;
		this.incidents = incidents;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
		this.inTransaction = new TransactionTemplate(transactions);
		this.inOwnTransaction = new TransactionTemplate(transactions);
		this.inOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public Outcome receive(String partner, PartnerInboundMessage message) {
		if (!wellFormed(message.type())) {
			throw CaseMessageException.invalid(List.of("type: " + NOT_UNICODE));
		}
		String body = serialise(message.body());
		Optional<PartnerMessage> earlier = messages.findByPartnerAndMessageId(partner, message.messageId());
		if (earlier.isPresent()) {
			return repeats.answer(earlier.get(), message, body);
		}
		try {
			ConcurrentChange.retried(() -> inTransaction.executeWithoutResult(status -> {
				// kept first: delivering ends with the audit entry, which must be the transaction's last step
				messages.saveAndFlush(
						PartnerMessage.accepted(partner, message, caseIdOf(message), body, clock.instant()));
				deliver(partner, message);
			}));
			return Outcome.ACCEPTED;
		}
		catch (DataIntegrityViolationException notStored) {
			// the same id, sent again at the same moment, was stored first: this one gets that one's answer; any other
			// failure to store is not passed off as a repeat (nothing of this message was delivered)
			return answerAsFirst(partner, message, body, notStored);
		}
		catch (CaseMessageException refused) {
			if (!keepRefused(partner, message, body, refused)) {
				return answerAsFirst(partner, message, body, refused);
			}
			throw refused;
		}
	}

	private Outcome answerAsFirst(String partner, PartnerInboundMessage message, String body, RuntimeException otherwise) {
		return messages.findByPartnerAndMessageId(partner, message.messageId())
			.map(first -> repeats.answer(first, message, body))
			.orElseThrow(() -> otherwise);
	}

	/** Translated in one place ({@link PartnerMessageTypes}); a refusal names the fields the partner sent. */
	private void deliver(String partner, PartnerInboundMessage message) {
		referredTo(partner, message);
		PartnerMessageTypes.Translated translated = PartnerMessageTypes.translate(partner, message.type(),
				message.body());
		if (PartnerMessageTypes.ANSWER_MESSAGE.equals(translated.processMessage())) {
			answers.answer(partner, message.caseReference(), translated.variables(), translated.legacy());
			return;
		}
		if (PartnerMessageTypes.INCIDENT_MESSAGE.equals(translated.processMessage())) {
			incidentReported(partner, message.caseReference(), translated.variables());
			return;
		}
		if (translated.legacy() && ProcessMessages.BREACH_REPORTED.equals(message.type())) {
			reportedByItself(partner, message.body());
		}
		try {
			caseMessages.deliver(message.caseReference(), translated.processMessage(), translated.variables(),
					"partner " + partner);
		}
		catch (CaseMessageException refused) {
			throw PartnerMessageTypes.inPartnersWords(message.type(), refused);
		}
	}

	/**
	 * MARAC, housing and advocacy know only the cases referred to them (a referral delivered to them, answered or not):
	 * any other case is answered as one that does not exist, so that references and case states cannot be probed.
	 */
	private void referredTo(String partner, PartnerInboundMessage message) {
		ReferralPartner self = PartnerMessageTypes.PARTNERS.get(partner);
		if (self == ReferralPartner.COURT) {
			return;
		}
		UUID caseId = caseIdOf(message);
		boolean referred = caseId != null && referrals.findByCaseIdOrderByCreatedAt(caseId)
			.stream()
			.anyMatch(referral -> referral.partner() == self && (referral.status() == ReferralStatus.SENT
					|| referral.status() == ReferralStatus.ANSWERED));
		if (!referred) {
			throw CaseMessageException.unknownCase();
		}
	}

	/**
	 * A new incident on a case referred to the partner, as an officer's report of one: refused on a closed case (409),
	 * held to the same rules (400 naming {@code body.<field>}), recorded in the same way, reassessing the risk.
	 */
	private void incidentReported(String partner, String reference, Map<String, Object> incident) {
		PartnerIncidents recorder = incidents.getIfAvailable();
		if (recorder == null) {
			throw new IllegalStateException("No module records partners' incidents");
		}
		CaseFile caseFile = cases.byReference(reference).orElseThrow(CaseMessageException::unknownCase);
		if (caseFile.status() == CaseStatus.CLOSED) {
			throw new CaseMessageException(HttpStatus.CONFLICT, "Case " + reference + " is closed: it takes no new "
					+ "incident; the police record a new report, linked to this case.", List.of());
		}
		List<String> problems = recorder.problems(incident);
		if (!problems.isEmpty()) {
			throw CaseMessageException.invalid(problems.stream().map(problem -> "body." + problem).toList());
		}
		recorder.record(caseFile, incident, partner);
	}

	/** A partner reports a breach as itself: it cannot record one as the police's or another agency's. */
	private static void reportedByItself(String partner, Map<String, Object> body) {
		String self = PartnerMessageTypes.PARTNERS.get(partner).name();
		if (!self.equals(body.get("reportedBy"))) {
			throw CaseMessageException.invalid(List.of("body.reportedBy: " + self + " when " + partner + " reports a breach"));
		}
	}

	/** Keeps the refusal for supervisors and for repeats; false when a message of this id was kept meanwhile. */
	private boolean keepRefused(String partner, PartnerInboundMessage message, String body, CaseMessageException refused) {
		PartnerMessage kept = PartnerMessage.refused(partner, message, caseIdOf(message), body,
				refused.status().value(), truncate(refused.getMessage()), repeats.keptProblems(refused.problems()),
				truncate(refused.getMessage() + " " + refused.problems()), clock.instant());
		try {
			inOwnTransaction.executeWithoutResult(status -> {
				messages.saveAndFlush(kept);
				if (cases.byReference(message.caseReference()).isPresent()) {
					audit.recordAtCommit(AuditAction.COLLECT, message.caseReference(), REFUSED_FIELDS,
							"refused message kept from " + partner);
				}
			});
			return true;
		}
		catch (DataIntegrityViolationException alreadyKept) {
			return false;
		}
	}

	private UUID caseIdOf(PartnerInboundMessage message) {
		return cases.byReference(message.caseReference()).map(CaseFile::id).orElse(null);
	}

	private String serialise(Map<String, Object> body) {
		try {
			String text = json.writeValueAsString(body);
			if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BODY) {
				throw CaseMessageException.invalid(List.of("body: at most " + MAX_BODY + " bytes of JSON (UTF-8)"));
			}
			if (!wellFormed(text)) {
				throw CaseMessageException.invalid(List.of("body: " + NOT_UNICODE));
			}
			return text;
		}
		catch (JsonProcessingException e) {
			throw CaseMessageException.invalid(List.of("body: not serialisable"));
		}
	}

	/**
	 * False for text with an unpaired surrogate (a JSON escape can carry one, and a lenient UTF-8 decoder makes one
	 * of CESU-8 bytes). It is not Unicode: the database keeps "?" in its place, so a repeat of the same
	 * message would no longer match the one kept and be refused as a different message (422). Refused before
	 * anything is looked up or kept.
	 */
	static boolean wellFormed(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	private static String truncate(String reason) {
		return reason.length() <= 500 ? reason : reason.substring(0, 500);
	}

}
