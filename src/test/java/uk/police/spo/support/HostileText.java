package uk.police.spo.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Text that has broken systems before, for the hostile-input properties: Unicode edge cases as Java strings (sent
 * as JSON, where a lone surrogate can only travel escaped), and byte sequences that are not UTF-8 at all, sent raw.
 */
public final class HostileText {

	/** Characters and sequences each of which has broken some system that stores or shows text. */
	public static final List<String> UNICODE_EDGES = List.of("\u0000", "a\u0000b", "\uD800", "\uDC00", "x\uDBFF",
			"\uDFFFy", "\u202E", "\u202Egnp.exe", "\u2066\u2069", "\u200B\u200D\uFEFF", "e\u0301\u0301\u0301\u0301",
			"Z\u0335\u0336\u0337\u0338".repeat(40), "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
			"\uD800\uDC00", "\uDBFF\uDFFF", "\uFFFF", "\uFFFE", "\u2028\u2029", "\r\n\t\u000B\u000C\u0085", "\u0130",
			"\uFB03".repeat(50), "\u00DF".repeat(50), "\uFF33\uFF28-2026-000001", "SH\u20112026\u2011000001",
			"\u0661\u0662\u0663", "'\"<>&;`$(){}", "%00%2F%2e%2e", "../../etc/passwd", "..\\..\\boot.ini",
			"${jndi:ldap://x/a}", "#{7*7}", "{{7*7}}", "'; drop table case_file; --");

	/**
	 * Byte sequences that are not well-formed UTF-8 (RFC 3629): overlong forms of '/', '.' and NUL, a surrogate
	 * encoded as UTF-8 (CESU-8), a code point past U+10FFFF, 5- and 6-byte forms, stray continuation bytes, a
	 * truncated sequence, and bytes that never occur in UTF-8.
	 */
	public static final List<byte[]> MALFORMED_UTF8 = List.of(bytes(0xC0, 0xAF), bytes(0xE0, 0x80, 0xAF),
			bytes(0xF0, 0x80, 0x80, 0xAF), bytes(0xC0, 0xAE, 0xC0, 0xAE, 0xC0, 0xAF), bytes(0xC0, 0x80),
			bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF), bytes(0xF4, 0x90, 0x80, 0x80),
			bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xFC, 0x84, 0x80, 0x80, 0x80, 0x80), bytes(0x80),
			bytes(0xBF, 0xBF), bytes(0xE2, 0x82), bytes(0xFE), bytes(0xFF, 0xFE), bytes(0xC1, 0xBF));

	private HostileText() {
	}

	/** Mostly the edge cases, alone or inside ordinary text, sometimes very long, sometimes any string at all. */
	public static Arbitrary<String> unicode() {
		Arbitrary<String> edge = Arbitraries.of(UNICODE_EDGES);
		Arbitrary<String> mixed = Arbitraries.of(UNICODE_EDGES)
			.list()
			.ofMinSize(1)
			.ofMaxSize(6)
			.map(parts -> "text " + String.join(" ", parts) + " text");
		Arbitrary<String> huge = Arbitraries.of(UNICODE_EDGES).map(edge1 -> edge1.repeat(Math.max(1, 9000 / edge1.length())));
		return Arbitraries.frequencyOf(Tuple.of(4, edge), Tuple.of(4, mixed), Tuple.of(1, huge),
				Tuple.of(2, Arbitraries.strings().all().ofMaxLength(60)));
	}

	/** Raw bytes for inside a JSON string or a header: ordinary text with malformed UTF-8 among it. */
	public static Arbitrary<byte[]> malformedUtf8() {
		return Arbitraries.of(MALFORMED_UTF8).list().ofMinSize(1).ofMaxSize(4).map(parts -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.writeBytes("text ".getBytes(StandardCharsets.US_ASCII));
			parts.forEach(out::writeBytes);
			out.writeBytes(" text".getBytes(StandardCharsets.US_ASCII));
			return out.toByteArray();
		});
	}

	/** A JSON string literal of {@code text}: quotes, backslashes, controls and every surrogate escaped. */
	public static String json(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				quoted.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				quoted.append("\\u%04x".formatted((int) c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

	/** A JSON document: {@code template}'s one {@code %s} replaced by the raw bytes, inside the quotes it gives. */
	public static byte[] withRawBytes(String template, byte[] raw) {
		String[] parts = template.split("%s", 2);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
		out.writeBytes(raw);
		out.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	public static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
