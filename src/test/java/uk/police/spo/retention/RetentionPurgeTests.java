package uk.police.spo.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.police.spo.cases.CaseStatus;

class RetentionPurgeTests {

	static final Instant ASKED = Instant.parse("2032-07-02T09:00:00Z");

	static final Instant DECIDED = Instant.parse("2032-07-03T09:00:00Z");

	@Test
	void aPurgeIsDecidedOnceAndNeverByWhoAskedForIt() {
		RetentionPurge purge = RetentionPurge.requested("SH-2026-000042", "supervisor", ASKED);
		assertThat(purge.mayBeDecidedBy("supervisor")).isFalse();
		assertThat(purge.mayBeDecidedBy("admin")).isTrue();
		assertThatThrownBy(() -> purge.purged("supervisor", DECIDED)).isInstanceOf(IllegalStateException.class);
		assertThat(purge.status()).isEqualTo(PurgeStatus.REQUESTED);

		purge.purged("admin", DECIDED);

		assertThat(purge.status()).isEqualTo(PurgeStatus.PURGED);
		assertThat(purge.decidedBy()).isEqualTo("admin");
		assertThat(purge.decidedAt()).isEqualTo(DECIDED);
		assertThat(purge.purgedAt()).isEqualTo(DECIDED);
		assertThatThrownBy(() -> purge.rejected("admin", DECIDED)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aRejectedPurgePurgesNothing() {
		RetentionPurge purge = RetentionPurge.requested("SH-2026-000042", "supervisor", ASKED);

		purge.rejected("admin", DECIDED);

		assertThat(purge.status()).isEqualTo(PurgeStatus.REJECTED);
		assertThat(purge.purgedAt()).isNull();
	}

	@Test
	void aCaseIsDueFromItsReviewDateOnceClosed() {
		LocalDate reviewOn = LocalDate.of(2032, 7, 1);
		RetentionCase closed = new RetentionCase(UUID.randomUUID(), "SH-2026-000042", CaseStatus.CLOSED,
				Instant.parse("2026-07-01T09:00:00Z"), reviewOn, "NORTH");
		RetentionCase open = new RetentionCase(closed.id(), closed.reference(), CaseStatus.UNDER_INVESTIGATION, null,
				null, "NORTH");

		assertThat(closed.dueOn(reviewOn.minusDays(1))).isFalse();
		assertThat(closed.dueOn(reviewOn)).isTrue();
		assertThat(open.dueOn(reviewOn)).isFalse();
	}

}
