package uk.police.spo.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain's canonical encoding. An entry's hash is the lower-case hex SHA-256 of these UTF-8 bytes:
 *
 * <pre>
 * spo-audit-v1\n
 * id=&lt;n&gt;:&lt;value&gt;\n
 * sequence=&lt;n&gt;:&lt;decimal&gt;\n
 * occurred_at=&lt;n&gt;:&lt;ISO-8601 UTC instant, whole seconds, e.g. 2026-10-01T09:30:00Z&gt;\n
 * actor=&lt;n&gt;:&lt;value&gt;\n
 * action=&lt;n&gt;:&lt;COLLECT|CONSULT|ALTER|DISCLOSE|ERASE&gt;\n
 * case_reference=&lt;n&gt;:&lt;value&gt;\n        (or case_reference=-\n when there is none)
 * field_names=&lt;n&gt;:&lt;name,name,...&gt;\n
 * purpose=&lt;n&gt;:&lt;value&gt;\n
 * previous_hash=&lt;n&gt;:&lt;64 hex digits&gt;\n
 * </pre>
 *
 * where {@code <n>} is the value's length in UTF-8 bytes. The length prefix makes the encoding unambiguous (no value
 * can imitate a separator or a following field), "-" without a length tells a missing value from an empty one, and
 * the fixed order and version line let anyone re-check the chain with nothing but this description and SHA-256.
 * Covering the previous hash chains every entry to all the entries before it.
 */
public final class AuditHash {

	/** The previous hash of the first entry. */
	public static final String GENESIS = "0".repeat(64);

	static final String VERSION = "spo-audit-v1";

	private AuditHash() {
	}

	public static String of(AuditEntry entry) {
		return sha256(canonical(entry));
	}

	static byte[] canonical(AuditEntry entry) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(512);
		write(out, VERSION + "\n");
		field(out, "id", entry.id());
		field(out, "sequence", Long.toString(entry.sequence()));
		field(out, "occurred_at", entry.occurredAt().toString());
		field(out, "actor", entry.actor());
		field(out, "action", entry.action() == null ? null : entry.action().name());
		field(out, "case_reference", entry.caseReference());
		field(out, "field_names", entry.fieldNames());
		field(out, "purpose", entry.purpose());
		field(out, "previous_hash", entry.previousHash());
		return out.toByteArray();
	}

	private static void field(ByteArrayOutputStream out, String name, String value) {
		if (value == null) {
			write(out, name + "=-\n");
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		write(out, name + "=" + bytes.length + ":");
		out.writeBytes(bytes);
		write(out, "\n");
	}

	private static void write(ByteArrayOutputStream out, String ascii) {
		out.writeBytes(ascii.getBytes(StandardCharsets.UTF_8));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

}
