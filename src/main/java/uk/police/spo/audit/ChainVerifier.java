package uk.police.spo.audit;

/**
 * Walks entries in sequence order and finds the first one that does not hold. Each entry must
 * <ul>
 * <li>carry the next sequence number (1, 2, 3, ...): a gap is a removed row, reported as the missing number;</li>
 * <li>name the previous entry's hash as its previous hash: a removed, inserted or reordered row breaks the link;</li>
 * <li>hash to its own entry hash: any changed column, the sequence number included, changes the hash.</li>
 * </ul>
 * At the end the last entry must be the chain head (sequence and hash), which catches rows removed from the end.
 * Holds no data beyond the previous hash, so a chain of any length is checked page by page.
 */
final class ChainVerifier {

	private long expected = 1;

	private String previousHash = AuditHash.GENESIS;

	private Long broken;

	/** @return whether to go on: false once the chain is broken */
	boolean accept(AuditEntry entry) {
		if (broken != null) {
			return false;
		}
		if (entry.sequence() != expected) {
			broken = expected;
		}
		else if (!previousHash.equals(entry.previousHash()) || !AuditHash.of(entry).equals(entry.entryHash())) {
			broken = entry.sequence();
		}
		else {
			previousHash = entry.entryHash();
			expected++;
		}
		return broken == null;
	}

	/** The result once every entry up to the head has been accepted. */
	ChainVerification finish(long headSequence, String headHash) {
		if (broken != null) {
			return ChainVerification.brokenAt(broken);
		}
		long verified = expected - 1;
		if (verified < headSequence) {
			return ChainVerification.brokenAt(expected);
		}
		if (verified > headSequence || !previousHash.equals(headHash)) {
			return ChainVerification.brokenAt(Math.max(1, headSequence));
		}
		return ChainVerification.intact(verified);
	}

	/** The result when the head row itself is missing: the chain cannot be complete. */
	ChainVerification finishWithoutHead() {
		return ChainVerification.brokenAt(broken != null ? broken : expected);
	}

}
