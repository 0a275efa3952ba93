package uk.police.spo.messages;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.security.SpoGroups;
import uk.police.spo.system.ConcurrentChange;
import uk.police.spo.system.ProcessMessages;
import uk.police.spo.units.CaseAccess;

/**
 * Officers record what happened outside the system (a hearing listed, an order served, a breach) as the BPMN message
 * the case waits for: {@code POST /api/cases/{reference}/messages/{messageName}} with the message's variables.
 */
@RestController
class CaseMessageController {

	static final Map<String, Set<String>> SENDERS = Map.of(
			ProcessMessages.COURT_HEARING_LISTED, Set.of(SpoGroups.INVESTIGATORS, SpoGroups.LEGAL_ADVISERS, SpoGroups.SUPERVISORS),
			ProcessMessages.COURT_OUTCOME_RECEIVED, Set.of(SpoGroups.INVESTIGATORS, SpoGroups.LEGAL_ADVISERS, SpoGroups.SUPERVISORS),
			ProcessMessages.ORDER_SERVED, Set.of(SpoGroups.OFFENDER_MANAGERS, SpoGroups.INVESTIGATORS, SpoGroups.SUPERVISORS),
			ProcessMessages.NOTIFICATION_RECEIVED, Set.of(SpoGroups.OFFENDER_MANAGERS, SpoGroups.INVESTIGATORS, SpoGroups.SUPERVISORS),
			ProcessMessages.CHANGE_NOTIFICATION_RECEIVED,
			Set.of(SpoGroups.OFFENDER_MANAGERS, SpoGroups.INVESTIGATORS, SpoGroups.SUPERVISORS),
			ProcessMessages.NOTIFICATION_FOUND_FALSE, Set.of(SpoGroups.OFFENDER_MANAGERS, SpoGroups.INVESTIGATORS, SpoGroups.SUPERVISORS),
			ProcessMessages.BREACH_REPORTED, Set.of(SpoGroups.INVESTIGATORS, SpoGroups.OFFENDER_MANAGERS, SpoGroups.SUPERVISORS,
					SpoGroups.TRIAGE_OFFICERS),
			ProcessMessages.VARIATION_REQUESTED, Set.of(SpoGroups.INVESTIGATORS, SpoGroups.LEGAL_ADVISERS, SpoGroups.SUPERVISORS,
					SpoGroups.OFFENDER_MANAGERS),
			ProcessMessages.DISCHARGE_REQUESTED, Set.of(SpoGroups.INVESTIGATORS, SpoGroups.LEGAL_ADVISERS, SpoGroups.SUPERVISORS,
					SpoGroups.OFFENDER_MANAGERS));

	private final CaseMessages messages;

	private final CaseRecords cases;

	private final CaseAccess access;

	CaseMessageController(CaseMessages messages, CaseRecords cases, CaseAccess access) {
		this.messages = messages;
		this.cases = cases;
		this.access = access;
	}

	@PostMapping("/api/cases/{reference}/messages/{messageName}")
	ResponseEntity<Map<String, String>> send(@PathVariable String reference, @PathVariable String messageName,
			@RequestBody Map<String, Object> variables, Authentication user) {
		if (cases.byReference(reference).filter(c -> access.maySee(c.unitCode())).isEmpty()) {
			throw CaseMessageException.unknownCase();
		}
		List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		if (!SENDERS.containsKey(messageName)) {
			throw CaseMessageException.invalid(List.of("messageName: one of " + SENDERS.keySet().stream().sorted().toList()));
		}
		if (groups.stream().noneMatch(SENDERS.get(messageName)::contains)) {
			return ResponseEntity.status(403).build();
		}
		ConcurrentChange.retried(() -> messages.deliver(reference, messageName, variables, "an officer"));
		return ResponseEntity.accepted().body(Map.of("reference", reference, "message", messageName, "status", "DELIVERED"));
	}

}
