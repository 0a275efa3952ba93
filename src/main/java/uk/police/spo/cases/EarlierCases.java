package uk.police.spo.cases;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;

/**
 * Finds earlier cases of the same victim (same name and date of birth) or the same named suspect and links them, so a
 * repeat is seen as a course of conduct. Names and dates of birth are kept in clear for exactly this; contact details
 * are encrypted with a random IV and cannot be matched.
 *
 * <p>The matching reads personal data, and is audited (CONSULT, by the system: no person sees it): on the new case,
 * the fields it was matched on; on each earlier case found, the fields that matched.
 */
@Service
public class EarlierCases {

	static final String PURPOSE = "linking earlier cases";

	static final List<String> VICTIM_FIELDS = List.of("victim.name", "victim.dateOfBirth");

	static final List<String> SUSPECT_FIELDS = List.of("suspect.name");

	private final CaseLinkRepository links;

	private final AuditTrail audit;

	private final Clock clock;

	EarlierCases(CaseLinkRepository links, AuditTrail audit, Clock clock) {
		this.links = links;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Links the case to every earlier case found (the quoted reference included), notes each link on the case's
	 * timeline and returns the links made. The audit entries are appended when the transaction commits.
	 */
	@Transactional
	public List<CaseLink> link(CaseFile caseFile) {
		Map<UUID, LinkReason> found = new LinkedHashMap<>();
		Set<String> lookedUp = new LinkedHashSet<>();
		Map<String, Set<String>> matched = new LinkedHashMap<>();
		caseFile.earlierCaseId().ifPresent(id -> found.put(id, LinkReason.QUOTED_REFERENCE));
		caseFile.personIn(PersonRole.VICTIM)
			.filter(v -> hasText(v.name()) && v.dateOfBirth() != null)
			.ifPresent(v -> {
				lookedUp.addAll(VICTIM_FIELDS);
				earlier(caseFile, PersonRole.VICTIM, v.name(), v).forEach(c -> {
					found.putIfAbsent(c.id(), LinkReason.SAME_VICTIM);
					matched.computeIfAbsent(c.reference(), r -> new LinkedHashSet<>()).addAll(VICTIM_FIELDS);
				});
			});
		caseFile.personIn(PersonRole.SUSPECT).filter(s -> hasText(s.name())).ifPresent(s -> {
			lookedUp.addAll(SUSPECT_FIELDS);
			earlier(caseFile, PersonRole.SUSPECT, s.name(), s).forEach(c -> {
				found.putIfAbsent(c.id(), LinkReason.SAME_SUSPECT);
				matched.computeIfAbsent(c.reference(), r -> new LinkedHashSet<>()).addAll(SUSPECT_FIELDS);
			});
		});
		List<CaseLink> made = links.saveAll(found.entrySet()
			.stream()
			.map(e -> new CaseLink(caseFile.id(), e.getKey(), e.getValue(), clock.instant()))
			.toList());
		// the timeline names no reference: the link row goes when either case is purged, a timeline text would not
		for (CaseLink link : made) {
			caseFile.record(new TimelineEntry(clock.instant(), "CASE_LINKED",
					"Linked to an earlier case (" + link.reason().name().toLowerCase().replace('_', ' ') + ")", "system"));
		}
		// at the commit: the report's transaction goes on to start triage and to write its own entry after this
		if (!lookedUp.isEmpty()) {
			audit.recordBySystemAtCommit(AuditAction.CONSULT, caseFile.reference(), List.copyOf(lookedUp), PURPOSE);
		}
		matched.forEach((reference, fields) -> audit.recordBySystemAtCommit(AuditAction.CONSULT, reference,
				List.copyOf(fields), PURPOSE));
		return made;
	}

	private List<CaseFile> earlier(CaseFile caseFile, PersonRole role, String name, CasePerson person) {
		return links.earlierCasesWith(caseFile.id(), caseFile.receivedAt(), role, CasePerson.matchKey(name),
				role == PersonRole.VICTIM ? person.dateOfBirth() : null);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
