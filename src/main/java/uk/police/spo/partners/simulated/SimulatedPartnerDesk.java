package uk.police.spo.partners.simulated;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.messages.CaseMessageException;
import uk.police.spo.partners.PartnerInboundMessage;
import uk.police.spo.partners.PartnerInbox;
import uk.police.spo.partners.PartnerMessageTypes;
import uk.police.spo.security.SpoGroups;
import uk.police.spo.system.UkDates;

/**
 * What the simulated-partners page shows and sends. Supervisors and administrators see every partner; a partner's
 * user sees its own. Showing what was received is audited (CONSULT) once per case named. Sending goes through the
 * inbox the inbound API uses ({@link PartnerInbox}), after the same validation of the message, only as a partner
 * whose group the user is in, and is audited there as that user.
 */
@Service
@SimulatedPartners
class SimulatedPartnerDesk {

	static final List<String> SHOWN_FIELDS = List.of("partnerReferral.fields", "partnerReferral.mail");

	static final String PURPOSE = "simulated partner page";

	private final SimulatedReceipts receipts;

	private final SimulatedCourtMailbox mailbox;

	private final PartnerInbox inbox;

	private final Validator validator;

	private final AuditTrail audit;

	private final ObjectMapper json;

	SimulatedPartnerDesk(SimulatedReceipts receipts, SimulatedCourtMailbox mailbox, PartnerInbox inbox,
			Validator validator, AuditTrail audit, ObjectMapper json) {
		this.receipts = receipts;
		this.mailbox = mailbox;
		this.inbox = inbox;
		this.validator = validator;
		this.audit = audit;
		this.json = json;
	}

	/** Thrown when a message from the page is not taken: the status and the problems to show. */
	static class NotSent extends RuntimeException {

		final HttpStatus status;

		final List<String> problems;

		NotSent(HttpStatus status, String detail, List<String> problems) {
			super(detail);
			this.status = status;
			this.problems = Stream.concat(Stream.of(detail), problems.stream()).toList();
		}

	}

	@Transactional
	SimulatedPageHtml.View view(Authentication user, String csrfName, String csrfToken, String notice,
			List<String> problems) {
		Set<String> groups = groups(user);
		boolean staff = groups.contains(SpoGroups.SUPERVISORS) || groups.contains(SpoGroups.ADMINS);
		List<String> partners = PartnerMessageTypes.partners()
			.stream()
			.filter(p -> staff || groups.contains(group(p)))
			.toList();
		Set<String> answerAs = new LinkedHashSet<>(partners.stream().filter(p -> groups.contains(group(p))).toList());
		Map<String, List<ReceivedReferral>> referrals = new LinkedHashMap<>();
		partners.forEach(p -> referrals.put(p, receipts.of(p)));
		List<ReceivedMail> mails = partners.contains("court") ? mailbox.received() : List.of();
		auditShown(referrals, mails);
		return new SimulatedPageHtml.View(partners, answerAs, referrals, mails, mailbox.listening(), mailbox.port(),
				csrfName, csrfToken, notice, problems);
	}

	/** A court mail's attachment, for the court's users and for staff; the download is audited. */
	@Transactional
	Optional<ReceivedMail.Attachment> attachment(Authentication user, int number, int index) {
		Set<String> groups = groups(user);
		if (!groups.contains(group("court")) && !groups.contains(SpoGroups.SUPERVISORS)
				&& !groups.contains(SpoGroups.ADMINS)) {
			return Optional.empty();
		}
		Optional<ReceivedMail> mail = mailbox.mail(number).filter(m -> index >= 1 && index <= m.attachments().size());
		mail.ifPresent(m -> audit.record(AuditAction.CONSULT, caseReference(m), List.of("partnerReferral.attachment"),
				PURPOSE));
		return mail.map(m -> m.attachments().get(index - 1));
	}

	/** The letter of a referral a partner received, for that partner's users and for staff; audited. */
	@Transactional
	Optional<ReceivedMail.Attachment> letter(Authentication user, String partner, String idempotencyKey) {
		Set<String> groups = groups(user);
		if (!PartnerMessageTypes.partners().contains(partner) || (!groups.contains(group(partner))
				&& !groups.contains(SpoGroups.SUPERVISORS) && !groups.contains(SpoGroups.ADMINS))) {
			return Optional.empty();
		}
		Optional<ReceivedReferral> referral = receipts.of(partner)
			.stream()
			.filter(r -> r.idempotencyKey().equals(idempotencyKey))
			.findFirst();
		Optional<byte[]> content = referral.flatMap(ReceivedReferral::letterContent);
		if (content.isEmpty()) {
			return Optional.empty();
		}
		audit.record(AuditAction.CONSULT, referral.get().caseReference(), List.of("partnerReferral.letter"), PURPOSE);
		return Optional.of(new ReceivedMail.Attachment(referral.get().letterFileName().orElseThrow(), "application/pdf",
				content.get()));
	}

	/** Sends the form's message as {@code partner}; returns the message id it was sent under. */
	String send(Authentication user, String partner, MultiValueMap<String, String> form) {
		if (!PartnerMessageTypes.partners().contains(partner) || !groups(user).contains(group(partner))) {
			throw new NotSent(HttpStatus.FORBIDDEN, "Only a user of " + partner + " may answer as " + partner + ".",
					List.of());
		}
		String type = form.getFirst("type");
		if (type == null || !PartnerMessageTypes.types(partner).contains(type)) {
			throw new NotSent(HttpStatus.BAD_REQUEST, "Not a message " + partner + " sends.", List.of());
		}
		PartnerInboundMessage message = new PartnerInboundMessage("SIM-" + partner + "-" + UUID.randomUUID(),
				form.getFirst("caseReference"), type, body(type, form));
		Set<ConstraintViolation<PartnerInboundMessage>> invalid = validator.validate(message);
		if (!invalid.isEmpty()) {
			throw new NotSent(HttpStatus.BAD_REQUEST, "The message has invalid fields.",
					invalid.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList());
		}
		try {
			inbox.receive(partner, message);
		}
		catch (CaseMessageException refused) {
			throw new NotSent(refused.status(), refused.getMessage(), refused.problems());
		}
		return message.messageId();
	}

	/** The type's body fields the form filled in, converted as the contract has them. */
	private static Map<String, Object> body(String type, MultiValueMap<String, String> form) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (String field : PartnerMessageTypes.fields(type)) {
			String value = form.getFirst(field);
			if (value == null || value.isBlank()) {
				continue;
			}
			body.put(field, switch (field) {
				case "untilFurtherOrder" -> Boolean.valueOf(value);
				case "occurredAt" -> withOffset(value.strip());
				default -> value.strip();
			});
		}
		return body;
	}

	/** A browser's local date and time, taken as UK time, with its offset; anything else is left to validation. */
	private static String withOffset(String local) {
		try {
			return LocalDateTime.parse(local).atZone(UkDates.ZONE).toOffsetDateTime().toString();
		}
		catch (DateTimeParseException notLocal) {
			return local;
		}
	}

	private void auditShown(Map<String, List<ReceivedReferral>> referrals, List<ReceivedMail> mails) {
		Set<String> cases = new LinkedHashSet<>();
		referrals.values().stream().flatMap(List::stream).map(ReceivedReferral::caseReference)
			.filter(r -> r != null)
			.forEach(cases::add);
		mails.stream().map(this::caseReference).filter(r -> r != null).forEach(cases::add);
		if (cases.isEmpty()) {
			audit.record(AuditAction.CONSULT, null, SHOWN_FIELDS, PURPOSE);
		}
		cases.forEach(reference -> audit.record(AuditAction.CONSULT, reference, SHOWN_FIELDS, PURPOSE));
	}

	private String caseReference(ReceivedMail mail) {
		try {
			JsonNode reference = json.readTree(mail.text()).path("caseReference");
			return reference.isTextual() && reference.asText().matches("SH-\\d{4}-\\d{6}") ? reference.asText() : null;
		}
		catch (JsonProcessingException notJson) {
			return null;
		}
	}

	private static Set<String> groups(Authentication user) {
		Set<String> groups = new LinkedHashSet<>();
		user.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(groups::add);
		return groups;
	}

	private static String group(String partner) {
		return "partner-" + partner;
	}

}
