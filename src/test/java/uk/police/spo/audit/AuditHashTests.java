package uk.police.spo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The canonical encoding and hash of an entry, without a database. */
class AuditHashTests {

	static final AuditEntry ENTRY = new AuditEntry("00000000-0000-0000-0000-000000000001", 1,
			Instant.parse("2026-10-01T09:30:00Z"), "public", AuditAction.COLLECT, "SH-2026-000001",
			List.of("victim.name", "victim.phone"), "report intake", AuditHash.GENESIS, null);

	@Test
	void theHashIsSha256OfTheDocumentedEncoding() {
		// computed independently (Python hashlib) from the encoding described in AuditHash's Javadoc
		assertThat(new String(AuditHash.canonical(ENTRY), StandardCharsets.UTF_8)).isEqualTo("""
				spo-audit-v1
				id=36:00000000-0000-0000-0000-000000000001
				sequence=1:1
				occurred_at=20:2026-10-01T09:30:00Z
				actor=6:public
				action=7:COLLECT
				case_reference=14:SH-2026-000001
				field_names=24:victim.name,victim.phone
				purpose=13:report intake
				previous_hash=64:0000000000000000000000000000000000000000000000000000000000000000
				""");
		assertThat(AuditHash.of(ENTRY)).isEqualTo("fade1a47dd700eac7495c76f97dcc5b2489c558550bac12e534c36d9bd8ca0ee");
		assertThat(ENTRY.sealed().entryHash()).isEqualTo(AuditHash.of(ENTRY));
	}

	static Stream<Arguments> changes() {
		return Stream.of(
				change("id", e -> with(e, "00000000-0000-0000-0000-000000000002", e.sequence(), e.occurredAt(),
						e.actor(), e.action(), e.caseReference(), e.fields(), e.purpose(), e.previousHash())),
				change("sequence", e -> with(e, e.id(), 2, e.occurredAt(), e.actor(), e.action(), e.caseReference(),
						e.fields(), e.purpose(), e.previousHash())),
				change("occurred_at", e -> with(e, e.id(), e.sequence(), e.occurredAt().plusSeconds(1), e.actor(),
						e.action(), e.caseReference(), e.fields(), e.purpose(), e.previousHash())),
				change("actor", e -> with(e, e.id(), e.sequence(), e.occurredAt(), "supervisor", e.action(),
						e.caseReference(), e.fields(), e.purpose(), e.previousHash())),
				change("action", e -> with(e, e.id(), e.sequence(), e.occurredAt(), e.actor(), AuditAction.ERASE,
						e.caseReference(), e.fields(), e.purpose(), e.previousHash())),
				change("case_reference", e -> with(e, e.id(), e.sequence(), e.occurredAt(), e.actor(), e.action(),
						"SH-2026-000002", e.fields(), e.purpose(), e.previousHash())),
				change("case_reference missing", e -> with(e, e.id(), e.sequence(), e.occurredAt(), e.actor(),
						e.action(), null, e.fields(), e.purpose(), e.previousHash())),
				change("field_names", e -> with(e, e.id(), e.sequence(), e.occurredAt(), e.actor(), e.action(),
						e.caseReference(), List.of("victim.name"), e.purpose(), e.previousHash())),
				change("field_names order", e -> with(e, e.id(), e.sequence(), e.occurredAt(), e.actor(), e.action(),
						e.caseReference(), List.of("victim.phone", "victim.name"), e.purpose(), e.previousHash())),
				change("purpose", e -> with(e, e.id(), e.sequence(), e.occurredAt(), e.actor(), e.action(),
						e.caseReference(), e.fields(), "case summary", e.previousHash())),
				change("previous_hash", e -> with(e, e.id(), e.sequence(), e.occurredAt(), e.actor(), e.action(),
						e.caseReference(), e.fields(), e.purpose(), "1" + AuditHash.GENESIS.substring(1))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void changingAnyColumnChangesTheHash(String column, UnaryOperator<AuditEntry> change) {
		AuditEntry changed = change.apply(ENTRY);
		assertThat(changed).isNotEqualTo(ENTRY);
		assertThat(AuditHash.of(changed)).isNotEqualTo(AuditHash.of(ENTRY));
	}

	@Test
	void aMissingValueIsNotAnEmptyOneAndValuesCannotImitateTheNextField() {
		AuditEntry empty = with(ENTRY, ENTRY.id(), 1, ENTRY.occurredAt(), ENTRY.actor(), ENTRY.action(), "",
				ENTRY.fields(), ENTRY.purpose(), ENTRY.previousHash());
		AuditEntry missing = with(ENTRY, ENTRY.id(), 1, ENTRY.occurredAt(), ENTRY.actor(), ENTRY.action(), null,
				ENTRY.fields(), ENTRY.purpose(), ENTRY.previousHash());
		assertThat(AuditHash.of(empty)).isNotEqualTo(AuditHash.of(missing));

		// with plain "name=value" lines these two would encode alike; the length prefixes keep them apart
		AuditEntry a = with(ENTRY, ENTRY.id(), 1, ENTRY.occurredAt(), ENTRY.actor(), ENTRY.action(),
				"X\nfield_names=a", List.of("b"), ENTRY.purpose(), ENTRY.previousHash());
		AuditEntry b = with(ENTRY, ENTRY.id(), 1, ENTRY.occurredAt(), ENTRY.actor(), ENTRY.action(), "X",
				List.of("a\nfield_names=b"), ENTRY.purpose(), ENTRY.previousHash());
		assertThat(AuditHash.of(a)).isNotEqualTo(AuditHash.of(b));
	}

	@Test
	void fieldNamesRoundTripThroughTheirColumnExactly() {
		for (String stored : List.of("", "victim.name", "victim.name,victim.phone", "a,,b", "a,")) {
			AuditEntry read = with(ENTRY, ENTRY.id(), 1, ENTRY.occurredAt(), ENTRY.actor(), ENTRY.action(),
					ENTRY.caseReference(), AuditEntry.parseFieldNames(stored), ENTRY.purpose(), ENTRY.previousHash());
			assertThat(read.fieldNames()).isEqualTo(stored);
		}
	}

	@Test
	void fieldNamesAreNamesNeverValues() {
		assertThat(new AuditFields().ifPresent("victim.name", "Alex Example")
			.ifPresent("victim.phone", " ")
			.ifPresent("victim.email", null)
			.ifPresent("suspect.onlineAccounts", List.of())
			.ifPresent("victim.safeContact.voicemailSafe", false)
			.ifPresent("victim.name", "again")
			.names()).containsExactly("victim.name", "victim.safeContact.voicemailSafe");
		for (String value : List.of("07700 900123", "+447700900123", "alex@example.org", "1 Test Street",
				"victim.name,victim.phone", "")) {
			assertThatThrownBy(() -> new AuditFields().add(value)).isInstanceOf(IllegalArgumentException.class)
				.satisfies(e -> assertThat(e.getMessage()).doesNotContain(value.isEmpty() ? "\u0000" : value));
		}
	}

	private static Arguments change(String column, UnaryOperator<AuditEntry> change) {
		return Arguments.of(column, change);
	}

	private static AuditEntry with(AuditEntry e, String id, long sequence, Instant occurredAt, String actor,
			AuditAction action, String caseReference, List<String> fields, String purpose, String previousHash) {
		return new AuditEntry(id, sequence, occurredAt, actor, action, caseReference, fields, purpose, previousHash,
				null);
	}

}
