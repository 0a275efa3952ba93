package uk.police.spo.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseStatus;
import uk.police.spo.units.CaseAccess;

class CasePurgesTests {

	static final String REFERENCE = "SH-2026-000042";

	static final Instant NOW = Instant.parse("2032-07-02T09:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2032, 7, 2);

	final RetentionCases cases = mock(RetentionCases.class);

	final RetentionPurges purges = mock(RetentionPurges.class);

	final ProcessHistory processes = mock(ProcessHistory.class);

	final CaseDataEraser documents = mock(CaseDataEraser.class);

	@SuppressWarnings("unchecked")
	final ObjectProvider<CaseDataEraser> erasers = mock(ObjectProvider.class);

	final CaseTables tables = mock(CaseTables.class);

	final CaseAccess access = mock(CaseAccess.class);

	final AuditTrail audit = mock(AuditTrail.class);

	final CasePurges casePurges = new CasePurges(cases, purges, processes, erasers, tables, access, audit,
			Clock.fixed(NOW, ZoneOffset.UTC));

	final UUID caseId = UUID.randomUUID();

	RetentionPurge theCase(CaseStatus status, LocalDate reviewOn, String requestedBy) {
		when(cases.lock(REFERENCE)).thenReturn(Optional.of(new RetentionCase(caseId, REFERENCE, status,
				Instant.parse("2026-07-01T09:00:00Z"), reviewOn, "NORTH")));
		when(access.maySee("NORTH")).thenReturn(true);
		when(cases.roles(caseId)).thenReturn(List.of("REPORTER", "VICTIM"));
		when(erasers.orderedStream()).thenAnswer(call -> Stream.of(documents));
		RetentionPurge request = requestedBy == null ? null : RetentionPurge.requested(REFERENCE, requestedBy, NOW);
		when(purges.findFirstByCaseReferenceAndStatus(REFERENCE, PurgeStatus.REQUESTED))
			.thenReturn(Optional.ofNullable(request));
		return request;
	}

	@Test
	void anApprovalErasesPluggedInDataThenProcessHistoryThenTheCaseAndAuditsLast() {
		RetentionPurge request = theCase(CaseStatus.CLOSED, TODAY, "supervisor");

		RetentionPurge purged = casePurges.approve(REFERENCE, "admin");

		assertThat(purged).isSameAs(request);
		assertThat(purged.status()).isEqualTo(PurgeStatus.PURGED);
		assertThat(purged.purgedAt()).isEqualTo(NOW);
		InOrder order = inOrder(documents, processes, tables, audit);
		order.verify(documents).erase(caseId, REFERENCE);
		order.verify(processes).erase(REFERENCE);
		order.verify(tables).erase(caseId, REFERENCE);
		order.verify(audit).record(AuditAction.ERASE, REFERENCE, List.of("reporter", "victim", "incidents", "impact",
				"screening", "timeline", "processHistory"), "retention purge");
	}

	@Test
	void aCaseWithARunningProcessIsNotPurged() {
		theCase(CaseStatus.CLOSED, TODAY, "supervisor");
		when(processes.running(REFERENCE)).thenReturn(true);

		assertRefused(() -> casePurges.approve(REFERENCE, "admin"), HttpStatus.CONFLICT);
		assertNothingErased();
	}

	@Test
	void theRequesterCannotApproveOrRejectTheirOwnRequest() {
		RetentionPurge request = theCase(CaseStatus.CLOSED, TODAY, "supervising-admin");

		assertRefused(() -> casePurges.approve(REFERENCE, "supervising-admin"), HttpStatus.FORBIDDEN);
		assertRefused(() -> casePurges.reject(REFERENCE, "supervising-admin"), HttpStatus.FORBIDDEN);
		assertThat(request.status()).isEqualTo(PurgeStatus.REQUESTED);
		assertNothingErased();
	}

	@Test
	void onlyAClosedCasePastItsReviewDateMayBePurged() {
		theCase(CaseStatus.UNDER_INVESTIGATION, null, null);
		assertRefused(() -> casePurges.request(REFERENCE, "supervisor"), HttpStatus.CONFLICT);

		theCase(CaseStatus.CLOSED, TODAY.plusDays(1), "supervisor");
		assertRefused(() -> casePurges.request(REFERENCE, "supervisor"), HttpStatus.CONFLICT);
		assertRefused(() -> casePurges.approve(REFERENCE, "admin"), HttpStatus.CONFLICT);
		assertNothingErased();
		verify(purges, never()).save(any());
	}

	@Test
	void aRequestIsRecordedOnceAndAnApprovalNeedsOne() {
		theCase(CaseStatus.CLOSED, TODAY, null);
		when(purges.save(any())).thenAnswer(call -> call.getArgument(0));

		RetentionPurge request = casePurges.request(REFERENCE, "supervisor");

		assertThat(request.status()).isEqualTo(PurgeStatus.REQUESTED);
		assertThat(request.requestedBy()).isEqualTo("supervisor");
		assertThat(request.requestedAt()).isEqualTo(NOW);
		assertRefused(() -> casePurges.approve(REFERENCE, "admin"), HttpStatus.CONFLICT);

		theCase(CaseStatus.CLOSED, TODAY, "supervisor");
		assertRefused(() -> casePurges.request(REFERENCE, "another-supervisor"), HttpStatus.CONFLICT);
		assertNothingErased();
	}

	@Test
	void aCaseOfAnotherUnitIsNotFound() {
		theCase(CaseStatus.CLOSED, TODAY, "supervisor");
		when(access.maySee("NORTH")).thenReturn(false);

		assertRefused(() -> casePurges.request(REFERENCE, "supervisor-south"), HttpStatus.NOT_FOUND);
		assertRefused(() -> casePurges.approve(REFERENCE, "admin"), HttpStatus.NOT_FOUND);
		assertNothingErased();
	}

	private static void assertRefused(Runnable call, HttpStatus status) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(RetentionRefusal.class,
				refusal -> assertThat(refusal.status()).isEqualTo(status));
	}

	private void assertNothingErased() {
		verifyNoInteractions(documents, tables, audit);
		verify(processes, never()).erase(anyString());
	}

}
