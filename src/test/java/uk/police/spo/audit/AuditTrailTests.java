package uk.police.spo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail on an in-memory H2 database with the Flyway schema, without the engine or the web layer. Each test
 * runs in a transaction that is rolled back, so each starts from an empty chain; the tampering is done with plain
 * SQL, as someone with database access would.
 */
@JdbcTest
@Import({ AuditTrail.class, AuditEntries.class, Actors.class, AuditTrailTests.FixedClock.class })
class AuditTrailTests {

	static final Instant NOW = Instant.parse("2026-10-01T09:30:00.654321Z");

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void forgetWhoIsActing() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void entriesFormAChainWithConsecutiveSequenceNumbers() {
		AuditEntry first = audit.record(AuditAction.COLLECT, "SH-2026-000001",
				List.of("victim.name", "victim.phone", "victim.name"), "report intake");
		AuditEntry second = audit.record(AuditAction.CONSULT, "SH-2026-000001", List.of("relationship"), "case summary");
		AuditEntry third = audit.record(AuditAction.CONSULT, null, List.of(), "audit search");

		assertThat(List.of(first, second, third)).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
		assertThat(first.previousHash()).isEqualTo(AuditHash.GENESIS);
		assertThat(second.previousHash()).isEqualTo(first.entryHash());
		assertThat(third.previousHash()).isEqualTo(second.entryHash());
		assertThat(first.entryHash()).matches("[0-9a-f]{64}").isEqualTo(AuditHash.of(first));

		Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq_no = 1");
		assertThat(row).containsEntry("ACTOR", AuditTrail.SYSTEM)
			.containsEntry("ACTION", "COLLECT")
			.containsEntry("CASE_REFERENCE", "SH-2026-000001")
			.containsEntry("FIELD_NAMES", "victim.name,victim.phone")
			.containsEntry("PURPOSE", "report intake")
			.containsEntry("ENTRY_HASH", first.entryHash());
		assertThat(jdbc.queryForObject("select occurred_at from audit_entry where seq_no = 1", LocalDateTime.class))
			.isEqualTo(LocalDateTime.of(2026, 10, 1, 9, 30, 0));
		assertThat(jdbc.queryForMap("select last_seq, last_hash from audit_chain_head"))
			.containsEntry("LAST_SEQ", 3L)
			.containsEntry("LAST_HASH", third.entryHash());

		assertThat(audit.verify()).isEqualTo(ChainVerification.intact(3));
	}

	@Test
	void verificationFindsAChangedField() {
		recordFive();
		jdbc.update("update audit_entry set purpose = 'curiosity' where seq_no = 3");
		assertThat(audit.verify()).isEqualTo(ChainVerification.brokenAt(3));
	}

	@Test
	void verificationFindsAChangedTime() {
		recordFive();
		jdbc.update("update audit_entry set occurred_at = ? where seq_no = 4", LocalDateTime.of(2026, 10, 1, 9, 31));
		assertThat(audit.verify()).isEqualTo(ChainVerification.brokenAt(4));
	}

	@Test
	void verificationFindsADeletedMiddleRow() {
		recordFive();
		jdbc.update("delete from audit_entry where seq_no = 3");
		assertThat(audit.verify()).isEqualTo(ChainVerification.brokenAt(3));
	}

	@Test
	void verificationFindsReorderedSequenceNumbers() {
		recordFive();
		jdbc.update("update audit_entry set seq_no = -1 where seq_no = 2");
		jdbc.update("update audit_entry set seq_no = 2 where seq_no = 3");
		jdbc.update("update audit_entry set seq_no = 3 where seq_no = -1");
		assertThat(audit.verify()).isEqualTo(ChainVerification.brokenAt(2));
	}

	@Test
	void verificationFindsTheLastRowDeleted() {
		recordFive();
		jdbc.update("delete from audit_entry where seq_no = 5");
		assertThat(audit.verify()).isEqualTo(ChainVerification.brokenAt(5));
	}

	@Test
	void anEmptyLogIsIntact() {
		assertThat(audit.verify()).isEqualTo(ChainVerification.intact(0));
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void anEntryIsOnlyWrittenInsideTheBusinessTransactionAndRollsBackWithIt() {
		assertThatThrownBy(() -> audit.record(AuditAction.CONSULT, null, List.of(), "no transaction"))
			.isInstanceOf(IllegalTransactionStateException.class);

		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			audit.record(AuditAction.COLLECT, "SH-2026-000009", List.of("victim.name"), "report intake");
			tx.setRollbackOnly(); // the business change failed
		});
		assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select last_seq from audit_chain_head", Long.class)).isZero();

		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		assertThatThrownBy(() -> readOnly.executeWithoutResult(
				tx -> audit.record(AuditAction.CONSULT, null, List.of(), "read-only")))
			.isInstanceOf(IllegalStateException.class);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isZero();
	}

	@Test
	void theActorIsTheLoggedInUserThePublicOrTheSystem() {
		assertThat(audit.record(AuditAction.CONSULT, null, List.of(), "delegate").actor()).isEqualTo("system");

		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(audit.record(AuditAction.COLLECT, null, List.of(), "report intake").actor()).isEqualTo("public");

		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"supervisor", null, AuthorityUtils.createAuthorityList("supervisors")));
		assertThat(audit.record(AuditAction.CONSULT, null, List.of(), "case summary").actor()).isEqualTo("supervisor");
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void whatTheSystemDoesInsideSomeonesTransactionIsAppendedAsTheSystemsWhenItCommits() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		try {
			new TransactionTemplate(transactions).executeWithoutResult(tx -> {
				audit.recordBySystemAtCommit(AuditAction.CONSULT, "SH-2026-000001", List.of("victim.name"),
						"linking earlier cases");
				audit.record(AuditAction.COLLECT, "SH-2026-000001", List.of("victim.name"), "report intake");
			});
			new TransactionTemplate(transactions).executeWithoutResult(tx -> {
				audit.recordBySystemAtCommit(AuditAction.CONSULT, "SH-2026-000002", List.of("victim.name"), "linking");
				tx.setRollbackOnly();
			});

			assertThat(jdbc.queryForList("select concat(concat(actor, ' '), action) from audit_entry order by seq_no",
					String.class)).containsExactly("public COLLECT", "system CONSULT");
			assertThat(audit.verify().intact()).isTrue();
			assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(
					tx -> audit.recordBySystemAtCommit(AuditAction.CONSULT, null, List.of("07700 900456"), "linking")))
				.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> audit.recordBySystemAtCommit(AuditAction.CONSULT, null, List.of(), "none"))
				.isInstanceOf(IllegalTransactionStateException.class);
		}
		finally {
			// committed, unlike the other tests' entries: the next test starts from an empty chain again
			jdbc.update("delete from audit_entry");
			jdbc.update("update audit_chain_head set last_seq = 0, last_hash = ?", AuditHash.GENESIS);
		}
	}

	/**
	 * An entry recorded at commit leaves the chain head free while its transaction goes on (the engine's work after a
	 * delegate): another transaction appends and commits meanwhile, and the entry follows it in the chain, for the
	 * actor who was acting when it was recorded. Appended at once, the other append would wait for the head.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void anEntryRecordedAtCommitLeavesTheChainHeadFreeUntilThen() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"supervisor", null, AuthorityUtils.createAuthorityList("supervisors")));
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			new TransactionTemplate(transactions).executeWithoutResult(tx -> {
				audit.recordAtCommit(AuditAction.CONSULT, "SH-2026-000001", List.of("victim.name"), "case summary");
				assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isZero();
				Future<?> meanwhile = other.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(
						t -> audit.record(AuditAction.COLLECT, "SH-2026-000002", List.of("victim.name"), "intake")));
				assertThatCode(() -> meanwhile.get(30, TimeUnit.SECONDS)).doesNotThrowAnyException();
			});
			new TransactionTemplate(transactions).executeWithoutResult(tx -> {
				audit.recordAtCommit(AuditAction.CONSULT, "SH-2026-000003", List.of("victim.name"), "case summary");
				tx.setRollbackOnly();
			});

			assertThat(jdbc.queryForList("select concat(concat(actor, ' '), case_reference) from audit_entry "
					+ "order by seq_no", String.class)).containsExactly("system SH-2026-000002", "supervisor SH-2026-000001");
			assertThat(audit.verify()).isEqualTo(ChainVerification.intact(2));
			assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(
					tx -> audit.recordAtCommit(AuditAction.CONSULT, "Alex Example", List.of(), "case summary")))
				.isInstanceOf(IllegalArgumentException.class);
		}
		finally {
			other.shutdownNow();
			jdbc.update("delete from audit_entry");
			jdbc.update("update audit_chain_head set last_seq = 0, last_hash = ?", AuditHash.GENESIS);
		}
	}

	@Test
	void valuesAreRefusedWhereNamesBelong() {
		assertThatThrownBy(() -> audit.record(AuditAction.COLLECT, null, List.of("victim.name", "alex@example.org"),
				"report intake"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageNotContaining("alex@example.org");
		assertThatThrownBy(() -> audit.record(AuditAction.COLLECT, "Alex Example", List.of(), "report intake"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageNotContaining("Alex");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isZero();
	}

	private void recordFive() {
		for (int i = 1; i <= 5; i++) {
			audit.record(i % 2 == 0 ? AuditAction.CONSULT : AuditAction.COLLECT, "SH-2026-00000" + i,
					List.of("victim.name"), i % 2 == 0 ? "case summary" : "report intake");
		}
		assertThat(audit.verify()).isEqualTo(ChainVerification.intact(5));
	}

}
