package uk.police.spo.audit;

import java.time.Instant;
import java.util.List;

/**
 * A search of the audit log; null filters match everything.
 * @param before exclusive upper bound of {@code occurredAt}
 * @param units the unit codes whose cases' entries the reader may see; null for every entry (administrators).
 * Entries of no case (or of a purged one) are then left out.
 * @param page zero-based
 */
public record AuditSearch(String caseReference, String actor, Instant from, Instant before, List<String> units, int page,
		int size) {

	public static final int MAX_PAGE_SIZE = 100;

	public AuditSearch {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("page must be 0 or more and size 1 to " + MAX_PAGE_SIZE);
		}
	}

}
