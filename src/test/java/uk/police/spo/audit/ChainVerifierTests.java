package uk.police.spo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Walking a chain held in memory: what each kind of tampering looks like to the verifier. */
class ChainVerifierTests {

	@Test
	void anUntouchedChainIsIntact() {
		List<AuditEntry> chain = chain(5);
		assertThat(verify(chain)).isEqualTo(ChainVerification.intact(5));
		assertThat(verify(List.of(), 0, AuditHash.GENESIS)).isEqualTo(ChainVerification.intact(0));
	}

	@Test
	void aChangedFieldBreaksTheChainAtThatEntry() {
		List<AuditEntry> chain = chain(5);
		AuditEntry third = chain.get(2);
		chain.set(2, new AuditEntry(third.id(), 3, third.occurredAt(), third.actor(), third.action(),
				third.caseReference(), third.fields(), "curiosity", third.previousHash(), third.entryHash()));
		assertThat(verify(chain)).isEqualTo(ChainVerification.brokenAt(3));
	}

	@Test
	void aChangedEntryWithARecomputedHashBreaksTheLinkToTheNext() {
		List<AuditEntry> chain = chain(5);
		AuditEntry third = chain.get(2);
		chain.set(2, new AuditEntry(third.id(), 3, third.occurredAt(), "someone-else", third.action(),
				third.caseReference(), third.fields(), third.purpose(), third.previousHash(), null).sealed());
		assertThat(verify(chain)).isEqualTo(ChainVerification.brokenAt(4));
	}

	@Test
	void aDeletedMiddleEntryIsReportedAsTheMissingSequence() {
		List<AuditEntry> chain = chain(5);
		chain.remove(2);
		assertThat(verify(chain)).isEqualTo(ChainVerification.brokenAt(3));
	}

	@Test
	void reorderedSequenceNumbersBreakTheChainAtTheFirstMovedEntry() {
		List<AuditEntry> chain = chain(5);
		AuditEntry second = chain.get(1);
		AuditEntry third = chain.get(2);
		// the rows keep their content but swap their numbers: walking by number now meets the third row second
		chain.set(1, renumbered(third, 2));
		chain.set(2, renumbered(second, 3));
		assertThat(verify(chain)).isEqualTo(ChainVerification.brokenAt(2));
	}

	@Test
	void entriesRemovedFromTheEndAreFoundThroughTheHead() {
		List<AuditEntry> chain = chain(5);
		String headHash = chain.get(4).entryHash();
		assertThat(verify(chain.subList(0, 3), 5, headHash)).isEqualTo(ChainVerification.brokenAt(4));
		assertThat(verify(chain, 5, chain.get(3).entryHash())).isEqualTo(ChainVerification.brokenAt(5));
		ChainVerifier noHead = new ChainVerifier();
		chain.forEach(noHead::accept);
		assertThat(noHead.finishWithoutHead()).isEqualTo(ChainVerification.brokenAt(6));
	}

	@Test
	void theFirstEntryMustFollowTheGenesisHash() {
		List<AuditEntry> chain = chain(2);
		AuditEntry first = chain.get(0);
		chain.set(0, new AuditEntry(first.id(), 1, first.occurredAt(), first.actor(), first.action(),
				first.caseReference(), first.fields(), first.purpose(), "f".repeat(64), null).sealed());
		assertThat(verify(chain, 2, chain.get(1).entryHash())).isEqualTo(ChainVerification.brokenAt(1));
	}

	static List<AuditEntry> chain(int length) {
		List<AuditEntry> chain = new ArrayList<>();
		String previous = AuditHash.GENESIS;
		for (int i = 1; i <= length; i++) {
			AuditEntry entry = new AuditEntry("id-" + i, i, Instant.parse("2026-10-01T09:30:00Z").plusSeconds(i),
					i % 2 == 0 ? "supervisor" : "public", i % 2 == 0 ? AuditAction.CONSULT : AuditAction.COLLECT,
					"SH-2026-00000" + i, List.of("victim.name"), "report intake", previous, null).sealed();
			chain.add(entry);
			previous = entry.entryHash();
		}
		return chain;
	}

	private static AuditEntry renumbered(AuditEntry e, long sequence) {
		return new AuditEntry(e.id(), sequence, e.occurredAt(), e.actor(), e.action(), e.caseReference(), e.fields(),
				e.purpose(), e.previousHash(), e.entryHash());
	}

	private static ChainVerification verify(List<AuditEntry> chain) {
		return verify(chain, chain.size(), chain.get(chain.size() - 1).entryHash());
	}

	private static ChainVerification verify(List<AuditEntry> chain, long headSequence, String headHash) {
		ChainVerifier verifier = new ChainVerifier();
		for (AuditEntry entry : chain) {
			if (!verifier.accept(entry)) {
				break;
			}
		}
		return verifier.finish(headSequence, headHash);
	}

}
