package uk.police.spo.partners;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.units.CaseAccess;

/**
 * What partners sent that was refused, for supervisors: as everywhere else, only their own units' cases, every unit
 * for administrators. A message whose reference names no case belongs to no unit and is shown to administrators only:
 * the reference may be a mistyped one of any unit's case, and a unit's supervisor cannot tell whose.
 *
 * <p>The reading is audited (CONSULT) in the same transaction: one entry for each case shown, so the case's audit
 * search names whoever read about it, and one entry without a case when messages for no case were shown or nothing
 * at all, so the read itself is always on record.
 */
@Service
class RefusedMessages {

	static final int LIMIT = 100;

	/** What the list shows of each message: names only, never values. */
	static final List<String> FIELDS = List.of("partnerMessage.partner", "partnerMessage.messageId",
			"partnerMessage.caseReference", "partnerMessage.type", "partnerMessage.reason", "partnerMessage.receivedAt");

	static final String PURPOSE = "refused partner messages";

	record Entry(String partner, String messageId, String caseReference, String type, String reason,
			String receivedAt) {

		static Entry of(PartnerMessage m) {
			return new Entry(m.partner(), m.messageId(), m.caseReference(), m.messageType(), m.reason(),
					m.receivedAt().toString());
		}

	}

	private final PartnerMessageRepository messages;

	private final CaseAccess access;

	private final AuditTrail audit;

	RefusedMessages(PartnerMessageRepository messages, CaseAccess access, AuditTrail audit) {
		this.messages = messages;
		this.access = access;
		this.audit = audit;
	}

	@Transactional
	List<Entry> newestVisible() {
		List<RefusedMessageRow> rows = visibleRows();
		Set<String> cases = new LinkedHashSet<>();
		rows.stream().filter(RefusedMessageRow::forKnownCase).forEach(r -> cases.add(r.message().caseReference()));
		cases.forEach(reference -> audit.record(AuditAction.CONSULT, reference, FIELDS, PURPOSE));
		if (cases.isEmpty() || rows.stream().anyMatch(r -> !r.forKnownCase())) {
			audit.record(AuditAction.CONSULT, null, FIELDS, PURPOSE);
		}
		return rows.stream().map(r -> Entry.of(r.message())).toList();
	}

	private List<RefusedMessageRow> visibleRows() {
		PageRequest newest = PageRequest.of(0, LIMIT);
		if (access.seesEveryUnit()) {
			return messages.findRefused(newest);
		}
		List<String> units = access.ownUnits();
		return units.isEmpty() ? List.of() : messages.findRefusedInUnits(units, newest);
	}

}
