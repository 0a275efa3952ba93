package uk.police.spo.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of walking the audit chain: {@code {"intact": true, "entries": N}} or
 * {@code {"intact": false, "firstBrokenSequence": 17}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean intact, Long entries, Long firstBrokenSequence) {

	static ChainVerification intact(long entries) {
		return new ChainVerification(true, entries, null);
	}

	static ChainVerification brokenAt(long sequence) {
		return new ChainVerification(false, null, sequence);
	}

}
