package uk.police.spo.audit;

import java.util.List;

/** One page of audit entries, newest first. */
public record AuditSearchResult(int page, int size, long totalEntries, List<AuditEntry> entries) {

	public long totalPages() {
		return (totalEntries + size - 1) / size;
	}

}
