package uk.police.spo.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.spring.JqwikSpringSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.support.HostileHttp;
import uk.police.spo.support.HostileHttp.Answer;
import uk.police.spo.support.HostileText;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.RowCounts;

/**
 * Hostile evidence uploads at {@code POST /api/cases/{reference}/evidence}, multipart written byte by byte: file
 * names that climb out of folders or carry Unicode tricks, declared types that lie about the content, zero bytes,
 * content of every accepted and refused kind, bad kinds and descriptions, malformed multipart (no boundary, wrong
 * boundary, unterminated, parts missing or doubled). A stored file is named by its item's id whatever its name was,
 * its type is what its bytes show; a refused upload leaves no row and no file. Files over the store's and the
 * container's limits are EvidenceApiTests' (with small limits of their own).
 */
@JqwikSpringSupport
class EvidenceUploadHostileInputTests extends MySqlCompatibleTest {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InvestigationProperties properties;

	private HostileHttp client;

	private String reference;

	@Property(tries = 80)
	void anUploadIsStoredUnderItsOwnNameAndTypeOrRefusedWithNothingLeft(@ForAll("fileNames") String fileName,
			@ForAll("declaredTypes") String declaredType, @ForAll("contents") byte[] content,
			@ForAll("kinds") String kind, @ForAll("descriptions") String description) {
		String boundary = "----hostile" + Long.toHexString(System.nanoTime());
		byte[] body = multipart(boundary, part("kind", null, null, text(kind)),
				part("description", null, null, text(description)), part("file", fileName, declaredType, content));

		Answer answer = upload("multipart/form-data; boundary=" + boundary, body,
				"file " + HostileText.json(fileName) + " as " + declaredType + ", " + content.length + " bytes");

		if (answer.status() == 201) {
			assertThat(answer.text()).as("named by the store, not the uploader")
				// the label is the store's own (a description may quote a path: it is the officer's text, kept as text)
				.containsPattern("\"fileLabel\":\"EV-[0-9A-F]{8}\\.(pdf|jpg|png|mp4|mp3|eml|txt)\"");
			assertThat(answer.text()).as("the type its bytes show, not the one declared").containsPattern(
					"\"contentType\":\"(application/pdf|image/jpeg|image/png|video/mp4|audio/mpeg|message/rfc822|text/plain)\"");
		}
	}

	@Property(tries = 40)
	void malformedMultipartIsRefusedWithNothingLeft(@ForAll("malformedMultipart") String shape) {
		String boundary = "b0undary";
		byte[] good = multipart(boundary, part("kind", null, null, text("STATEMENT")),
				part("description", null, null, text("statement")), part("file", "s.pdf", "application/pdf", PDF));
		String contentType = "multipart/form-data; boundary=" + boundary;
		byte[] body = good;
		switch (shape) {
			case "no boundary parameter" -> contentType = "multipart/form-data";
			case "another boundary" -> contentType = "multipart/form-data; boundary=other";
			case "empty boundary" -> contentType = "multipart/form-data; boundary=";
			case "boundary of 200 characters" -> contentType = "multipart/form-data; boundary=" + "b".repeat(200);
			case "multipart/mixed" -> contentType = "multipart/mixed; boundary=" + boundary;
			case "form-urlencoded" -> contentType = "application/x-www-form-urlencoded";
			case "json" -> contentType = "application/json";
			case "no content type" -> contentType = null;
			case "unterminated" -> body = Arrays.copyOf(good, good.length - boundary.length() - 6);
			case "cut in a header" -> body = Arrays.copyOf(good, 30);
			case "empty body" -> body = new byte[0];
			case "no file part" -> body = multipart(boundary, part("kind", null, null, text("STATEMENT")),
					part("description", null, null, text("statement")));
			case "the file as a plain field" -> body = multipart(boundary, part("kind", null, null, text("STATEMENT")),
					part("description", null, null, text("statement")), part("file", null, null, PDF));
			case "two files" -> body = multipart(boundary, part("kind", null, null, text("STATEMENT")),
					part("description", null, null, text("statement")), part("file", "a.pdf", "application/pdf", PDF),
					part("file", "b.pdf", "application/pdf", PDF));
			case "no kind" -> body = multipart(boundary, part("description", null, null, text("statement")),
					part("file", "s.pdf", "application/pdf", PDF));
			case "a part without Content-Disposition" -> body = withoutDisposition(boundary);
			case "a part header of 20 KiB" -> body = multipart(boundary, part("kind", null, null, text("STATEMENT")),
					part("description", null, null, text("statement")),
					part("file", "s".repeat(20 * 1024) + ".pdf", "application/pdf", PDF));
			case "nested multipart" -> body = multipart(boundary, part("kind", null, null, text("STATEMENT")),
					part("description", null, null, text("statement")),
					part("file", "n.txt", "multipart/mixed; boundary=" + boundary, good));
			default -> throw new IllegalArgumentException(shape);
		}

		Answer answer = upload(contentType, body, shape);

		assertThat(answer.status()).as(shape + ": " + answer).isIn(201, 400, 413, 415);
	}

	@Provide
	Arbitrary<String> fileNames() {
		return Arbitraries.frequencyOf(
				Tuple.of(5, Arbitraries.of("statement.pdf", "../../../../etc/passwd", "..\\..\\..\\boot.ini",
						"/etc/shadow", "C:\\Windows\\win.ini", "....//....//x", "%2e%2e%2f%2e%2e%2fx", "..%c0%af..%c0%afx",
						"x.pdf\u0000.exe", "report\u202Efdp.exe", "", " ", ".", "..", "con", "aux.txt", "a/b/c.pdf",
						"x".repeat(1000) + ".pdf", "\"quoted\".pdf", "semi;colon.pdf", "new\r\nline.pdf")),
				Tuple.of(2, HostileText.unicode().map(name -> name.replace("\"", "").replace("\r", "").replace("\n", ""))));
	}

	@Provide
	Arbitrary<String> declaredTypes() {
		return Arbitraries.of("application/pdf", "image/png", "image/jpeg", "text/plain", "text/html",
				"application/x-msdownload", "application/octet-stream", "image/svg+xml", "application/pdf; charset=x",
				"nonsense", "");
	}

	@Provide
	Arbitrary<byte[]> contents() {
		Arbitrary<byte[]> fixed = Arbitraries.of(PDF, new byte[0],
				HostileText.bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0),
				HostileText.bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10), HostileText.bytes('P', 'K', 3, 4, 20, 0, 0, 0),
				HostileText.bytes('M', 'Z', 0x90, 0, 3, 0), text("<html><script>alert(1)</script></html>"),
				text("<svg onload=alert(1)></svg>"), text("From: a@example.org\r\nSubject: x\r\n\r\nbody"),
				text("a plain statement\n"), text("text with a NUL \u0000 in it"), HostileText.bytes(0xEF, 0xBB, 0xBF),
				text("%PDF"), HostileText.bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'));
		Arbitrary<byte[]> unicodeText = HostileText.unicode().map(EvidenceUploadHostileInputTests::text);
		Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
		return Arbitraries.frequencyOf(Tuple.of(6, fixed), Tuple.of(2, unicodeText), Tuple.of(1, random),
				Tuple.of(1, HostileText.malformedUtf8()));
	}

	@Provide
	Arbitrary<String> kinds() {
		return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(EvidenceKind.class).map(Enum::name)),
				Tuple.of(1, Arbitraries.of("", "statement", "STATEMENT ", "DOCUMENT\u0000")),
				Tuple.of(1, HostileText.unicode()));
	}

	@Provide
	Arbitrary<String> descriptions() {
		return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just("the victim's statement")),
				Tuple.of(1, Arbitraries.of("", "   ", "d".repeat(2001))), Tuple.of(3, HostileText.unicode()));
	}

	@Provide
	Arbitrary<String> malformedMultipart() {
		return Arbitraries.of("no boundary parameter", "another boundary", "empty boundary",
				"boundary of 200 characters", "multipart/mixed", "form-urlencoded", "json", "no content type",
				"unterminated", "cut in a header", "empty body", "no file part", "the file as a plain field", "two files",
				"no kind", "a part without Content-Disposition", "a part header of 20 KiB", "nested multipart");
	}

	/** Posts as the case's investigator; checks the answer and that a refusal left no row and no file. */
	private Answer upload(String contentType, byte[] body, String input) {
		String path = "/api/cases/" + reference() + "/evidence";
		Map<String, Integer> before = RowCounts.of(jdbc);
		List<String> filesBefore = files();

		Answer answer = http().post(path, "investigator", contentType, body);

		Statistics.label("status").collect(answer.status());
		HostileHttp.assertHandled(answer, input);
		assertThat(answer.status()).as(input + ": " + answer).isIn(201, 400, 413, 415);
		Map<String, Integer> after = RowCounts.of(jdbc);
		if (answer.status() == 201) {
			assertThat(after.get("evidence_item")).isEqualTo(before.get("evidence_item") + 1);
		}
		else {
			assertThat(after).as("nothing stored for " + input).isEqualTo(before);
			assertThat(files()).as("no file left for " + input).isEqualTo(filesBefore);
		}
		assertThat(files()).as("no upload left half-written").noneMatch(name -> name.endsWith(".part"));
		return answer;
	}

	private List<String> files() {
		Path directory = properties.evidence().directory();
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> listed = Files.list(directory)) {
			return listed.map(file -> file.getFileName().toString()).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private record Part(String name, String fileName, String contentType, byte[] content) {
	}

	private static Part part(String name, String fileName, String contentType, byte[] content) {
		return new Part(name, fileName, contentType, content);
	}

	private static byte[] multipart(String boundary, Part... parts) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Part part : parts) {
			StringBuilder head = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"")
				.append(part.name())
				.append('"');
			if (part.fileName() != null) {
				head.append("; filename=\"").append(part.fileName()).append('"');
			}
			head.append("\r\n");
			if (part.contentType() != null && !part.contentType().isEmpty()) {
				head.append("Content-Type: ").append(part.contentType()).append("\r\n");
			}
			body.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
			body.writeBytes(part.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return body.toByteArray();
	}

	private static byte[] withoutDisposition(String boundary) {
		return ("--" + boundary + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private String reference() {
		if (reference == null) {
			reference = http().report();
		}
		return reference;
	}

	/** Made on first use: the port is injected after jqwik's lifecycle hooks have run. */
	private HostileHttp http() {
		if (client == null) {
			client = new HostileHttp(port);
		}
		return client;
	}

}
