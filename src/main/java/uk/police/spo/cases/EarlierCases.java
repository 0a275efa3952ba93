package uk.police.spo.cases;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds earlier cases of the same victim (same name and date of birth) or the same named suspect and links them, so a
 * repeat is seen as a course of conduct. Names and dates of birth are kept in clear for exactly this; contact details
 * are encrypted with a random IV and cannot be matched.
 */
@Service
public class EarlierCases {

	private final CaseLinkRepository links;

	private final Clock clock;

	EarlierCases(CaseLinkRepository links, Clock clock) {
		this.links = links;
		this.clock = clock;
	}

	/** Links the case to every earlier case found and returns the links made (the quoted reference included). */
	@Transactional
	public List<CaseLink> link(CaseFile caseFile) {
		Map<UUID, LinkReason> found = new LinkedHashMap<>();
		caseFile.earlierCaseId().ifPresent(id -> found.put(id, LinkReason.QUOTED_REFERENCE));
		caseFile.personIn(PersonRole.VICTIM)
			.filter(v -> hasText(v.name()) && v.dateOfBirth() != null)
			.ifPresent(v -> earlier(caseFile, PersonRole.VICTIM, v.name(), v)
				.forEach(c -> found.putIfAbsent(c.id(), LinkReason.SAME_VICTIM)));
		caseFile.personIn(PersonRole.SUSPECT)
			.filter(s -> hasText(s.name()))
			.ifPresent(s -> earlier(caseFile, PersonRole.SUSPECT, s.name(), s)
				.forEach(c -> found.putIfAbsent(c.id(), LinkReason.SAME_SUSPECT)));
		List<CaseLink> made = found.entrySet()
			.stream()
			.map(e -> new CaseLink(caseFile.id(), e.getKey(), e.getValue(), clock.instant()))
			.toList();
		return links.saveAll(made);
	}

	private List<CaseFile> earlier(CaseFile caseFile, PersonRole role, String name, CasePerson person) {
		return links.earlierCasesWith(caseFile.id(), caseFile.receivedAt(), role, name.strip(),
				role == PersonRole.VICTIM ? person.dateOfBirth() : null);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
