package uk.police.spo.investigation;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The file types accepted as evidence, told apart by their first bytes (never by the name or the type the uploader
 * declares). Outlook's .msg is not among them: its container signature is the same as an old Word or Excel file's.
 */
enum EvidenceType {

	PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), MP4("video/mp4", "mp4"),
	MP3("audio/mpeg", "mp3"), EMAIL("message/rfc822", "eml"), TEXT("text/plain", "txt");

	/** How much of the start of a file {@link #sniff} looks at. */
	static final int HEAD = 4096;

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] ID3 = "ID3".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] FTYP = "ftyp".getBytes(StandardCharsets.US_ASCII);

	/** An RFC 5322 message starts with a header field; these are the ones mail clients put first. */
	private static final Pattern MAIL_HEADER = Pattern.compile(
			"^(Return-Path|Received|Delivered-To|From|To|Date|Subject|Message-ID|MIME-Version|X-[A-Za-z0-9-]+):[ \\t].*",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private final String mediaType;

	private final String extension;

	EvidenceType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	String mediaType() {
		return mediaType;
	}

	String extension() {
		return extension;
	}

	/** The type the first {@code length} bytes of a file show, or empty when it is none of the accepted ones. */
	static Optional<EvidenceType> sniff(byte[] head, int length) {
		byte[] start = Arrays.copyOf(head, Math.max(0, Math.min(length, head.length)));
		if (startsWith(start, 0, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (start.length >= 3 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xD8 && (start[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (startsWith(start, 0, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(start, 4, FTYP)) {
			return Optional.of(MP4);
		}
		if (startsWith(start, 0, ID3) || mpegAudioFrame(start)) {
			return Optional.of(MP3);
		}
		return text(start).map(text -> MAIL_HEADER.matcher(text).matches() ? EMAIL : TEXT);
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
		return bytes.length >= offset + magic.length
				&& Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
	}

	/** An MPEG audio frame header: 11 sync bits, then a layer that is not "reserved". */
	private static boolean mpegAudioFrame(byte[] bytes) {
		return bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xE0) == 0xE0 && (bytes[1] & 0x06) != 0;
	}

	/** The bytes as UTF-8 text, when they are text: valid UTF-8, no control characters but tab and line breaks. */
	private static Optional<String> text(byte[] bytes) {
		if (bytes.length == 0) {
			return Optional.empty();
		}
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		// not the end of input: a character cut off by the end of the head is not an error
		if (utf8.decode(in, out, false).isError()) {
			return Optional.empty();
		}
		out.flip();
		String text = out.toString();
		boolean control = text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
		return control ? Optional.empty() : Optional.of(text);
	}

}
