package uk.police.spo.partners.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralAttachment;
import uk.police.spo.partners.ReferralLetterContent;
import uk.police.spo.partners.ReferralLetters;
import uk.police.spo.partners.ReferralSubject;

/**
 * Builds what a partner receives: the referral's own header fields (the contract in docs/partners.md), of the case's
 * facts and the referral's subject only what {@link ReferralAllowList} gives that partner for that kind, and the
 * referral letter made from those same facts ({@code letter}, MARAC, housing and advocacy). A letter that cannot be
 * made does not hold the referral back: it goes without one, and the payload says so for the case's timeline.
 */
@Component
class ReferralPayloads {

	private static final Logger log = LoggerFactory.getLogger(ReferralPayloads.class);

	private final ObjectMapper json;

	private final List<ReferralSubject> subjects;

	private final List<ReferralLetters> letters;

	private final Clock clock;

	@Autowired
	ReferralPayloads(ObjectMapper json, List<ReferralSubject> subjects, List<ReferralLetters> letters, Clock clock) {
		this.json = json;
		this.subjects = subjects;
		this.letters = letters;
		this.clock = clock;
	}

	ReferralPayloads(ObjectMapper json, List<ReferralSubject> subjects, Clock clock) {
		this(json, subjects, List.of(), clock);
	}

	ReferralPayload build(Referral referral, CaseFile caseFile) {
		Map<String, Object> released = released(referral, caseFile);
		Instant sentAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		ObjectNode body = json.createObjectNode();
		body.put("referralId", referral.idempotencyKey());
		body.put("caseReference", caseFile.reference());
		body.put("partner", referral.partner().name());
		body.put("kind", referral.purpose());
		body.put("legalBasis", referral.legalBasis().name());
		body.put("sentAt", sentAt.toString());
		released.forEach((field, value) -> place(body, field, value));
		List<String> sent = new ArrayList<>(released.keySet());
		Optional<ReferralAttachment> letter = Optional.empty();
		boolean letterFailed = false;
		try {
			letter = letter(new ReferralLetterContent(referral.idempotencyKey(), referral.caseId(), caseFile.reference(),
					referral.partner(), referral.purpose(), referral.legalBasis(), sentAt, released));
		}
		catch (RuntimeException notMade) {
			// the class only: a renderer's message could quote the case's text
			log.warn("The letter for referral {} could not be made ({}); the referral goes without it",
					referral.id(), notMade.getClass().getName());
			letterFailed = true;
		}
		letter.ifPresent(made -> {
			ObjectNode node = body.putObject("letter");
			node.put("contentType", made.mediaType());
			node.put("fileName", made.fileName());
			node.put("sha256", sha256(made.content()));
			node.put("base64", Base64.getEncoder().encodeToString(made.content()));
			sent.add("referral.letter");
		});
		try {
			return new ReferralPayload(json.writeValueAsString(body), List.copyOf(sent),
					letter.map(ReferralAttachment::fileName).orElse(null), letterFailed);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A referral's facts are always serialisable", e);
		}
	}

	/** The facts the partner's allow-list gives it for this kind, in the allow-list's order; unknown ones left out. */
	Map<String, Object> released(Referral referral, CaseFile caseFile) {
		Map<String, Object> facts = new LinkedHashMap<>(CaseFacts.of(caseFile));
		subjects.stream()
			.filter(subject -> subject.describes(referral.purpose()))
			.forEach(subject -> facts.putAll(subject.fields(referral.caseId(), referral.purpose())));
		Map<String, Object> released = new LinkedHashMap<>();
		for (String field : ReferralAllowList.of(referral.partner(), referral.purpose()).fields()) {
			Object value = facts.get(field);
			if (value != null) {
				released.put(field, value);
			}
		}
		return released;
	}

	private Optional<ReferralAttachment> letter(ReferralLetterContent content) {
		for (ReferralLetters maker : letters) {
			Optional<ReferralAttachment> letter = maker.letterFor(content);
			if (letter.isPresent()) {
				return letter;
			}
		}
		return Optional.empty();
	}

	private void place(ObjectNode body, String field, Object value) {
		String[] path = field.split("\\.");
		ObjectNode parent = body;
		for (int i = 0; i < path.length - 1; i++) {
			parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
		}
		parent.set(path[path.length - 1], json.valueToTree(value));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}

}
