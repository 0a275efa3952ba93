package uk.police.spo.investigation;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import uk.police.spo.support.MySqlCompatibleTest;

/** The evidence API: files stored with their hash, refused by type and size, and only for the case's investigators. */
class EvidenceApiTests extends MySqlCompatibleTest {

	static final Path EVIDENCE;

	static {
		try {
			EVIDENCE = Files.createTempDirectory("spo-evidence-");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	/** Small limits keep the test quick; the store's own limit is below the servlet container's, to test both. */
	static final int MAX_SIZE = 64 * 1024;

	@DynamicPropertySource
	static void evidenceStore(DynamicPropertyRegistry registry) {
		registry.add("spo.investigation.evidence.directory", EVIDENCE::toString);
		registry.add("spo.investigation.evidence.max-size", () -> MAX_SIZE + "B");
		registry.add("spring.servlet.multipart.max-file-size", () -> 2 * MAX_SIZE + "B");
		registry.add("spring.servlet.multipart.max-request-size", () -> 4 * MAX_SIZE + "B");
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	EvidenceStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void anInvestigatorsUploadIsStoredWithItsHashSizeAndTheTypeItsContentShows() throws IOException {
		String reference = report();

		ResponseEntity<Map> uploaded = upload(reference, "investigator", PDF, "Jane Victim statement.txt", "STATEMENT");

		assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> item = uploaded.getBody();
		assertThat(item).containsEntry("sha256", sha256(PDF))
			.containsEntry("sizeBytes", PDF.length)
			.containsEntry("contentType", "application/pdf")
			.containsEntry("kind", "STATEMENT")
			.containsEntry("recordedBy", "investigator");
		assertThat((String) item.get("fileLabel")).matches("EV-[0-9A-F]{8}\\.pdf");
		assertThat(uploaded.getHeaders().getLocation()).hasPath(
				"/api/cases/" + reference + "/evidence/" + item.get("id") + "/content");
		assertThat(Files.readAllBytes(EVIDENCE.resolve((String) item.get("id")))).isEqualTo(PDF);

		List<Map<String, Object>> listed = http.withBasicAuth("supervisor", "demo")
			.getForObject("/api/cases/" + reference + "/evidence", List.class);
		assertThat(listed).extracting(i -> i.get("sha256")).containsExactly(sha256(PDF));
		ResponseEntity<byte[]> downloaded = http.withBasicAuth("investigator", "demo")
			.getForEntity(uploaded.getHeaders().getLocation(), byte[].class);
		assertThat(downloaded.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(downloaded.getBody()).isEqualTo(PDF);
		assertThat(downloaded.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(downloaded.getHeaders().getContentDisposition().getFilename()).isEqualTo(item.get("fileLabel"));
		Map<String, Object> summary = http.withBasicAuth("investigator", "demo")
			.getForObject("/api/cases/" + reference, Map.class);
		assertThat((List<Map<String, String>>) summary.get("timeline")).extracting(e -> e.get("kind"))
			.contains("EVIDENCE_LOGGED");
	}

	@Test
	void aFileOfAnotherTypeIsRefusedWhateverItClaimsAndNothingIsKept() throws IOException {
		String reference = report();
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 };

		ResponseEntity<Map> refused = upload(reference, "investigator", zip, "photo.jpg", "PHOTOGRAPH");

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(evidenceOf(reference)).isEmpty();
		try (Stream<Path> left = Files.list(EVIDENCE)) {
			assertThat(left).noneMatch(file -> file.getFileName().toString().startsWith("upload-"));
		}
	}

	@Test
	void aFileUpToTheLimitIsAccepted() {
		byte[] large = Arrays.copyOf(PDF, MAX_SIZE);

		ResponseEntity<Map> uploaded = upload(report(), "investigator", large, "a.pdf", "CCTV");

		assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(uploaded.getBody()).containsEntry("sizeBytes", large.length).containsEntry("sha256", sha256(large));
	}

	@ParameterizedTest
	@ValueSource(ints = { MAX_SIZE + 1, 3 * MAX_SIZE })
	void aFileOverTheLimitIsRefusedByTheStoreOrTheServletContainer(int size) throws IOException {
		String reference = report();
		byte[] tooBig = new byte[size];
		Arrays.fill(tooBig, (byte) 'a');

		ResponseEntity<Map> refused = upload(reference, "investigator", tooBig, "notes.txt", "DOCUMENT");

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(evidenceOf(reference)).isEmpty();
		try (Stream<Path> left = Files.list(EVIDENCE)) {
			assertThat(left).noneMatch(file -> file.getFileName().toString().startsWith("upload-"));
		}
	}

	@Test
	void aBadKindOrDescriptionIsNamed() {
		ResponseEntity<Map> refused = upload(report(), "investigator", PDF, "a.pdf", "RUMOUR");

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
			.containsExactly("kind");
	}

	@Test
	void onlyTheCasesUnitsInvestigatorsAndSupervisorsReachItsEvidence() {
		String reference = report();
		String content = (String) upload(reference, "investigator", PDF, "a.pdf", "DOCUMENT").getHeaders()
			.getLocation()
			.getPath();

		assertThat(upload(reference, "investigator-south", PDF, "a.pdf", "DOCUMENT").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.withBasicAuth("investigator-south", "demo")
			.getForEntity("/api/cases/" + reference + "/evidence", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.withBasicAuth("investigator-south", "demo").getForEntity(content, byte[].class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(upload(reference, "triage", PDF, "a.pdf", "DOCUMENT").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.withBasicAuth("triage", "demo").getForEntity(content, byte[].class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.getForEntity(content, byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(http.postForEntity("/api/cases/" + reference + "/evidence", multipart(PDF, "a.pdf", "DOCUMENT"),
				String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aPurgeRolledBackKeepsTheEvidenceAndACommittedOneDeletesItsFiles() {
		String reference = report();
		Path file = EVIDENCE.resolve(itemId(upload(reference, "investigator", PDF, "a.pdf", "DOCUMENT")));
		TransactionTemplate inTransaction = new TransactionTemplate(transactions);

		inTransaction.executeWithoutResult(status -> {
			assertThat(store.deleteAllFor(caseId(reference))).isEqualTo(1);
			status.setRollbackOnly();
		});

		assertThat(file).exists();
		assertThat(evidenceOf(reference)).hasSize(1);

		inTransaction.executeWithoutResult(status -> store.deleteAllFor(caseId(reference)));

		assertThat(file).doesNotExist();
		assertThat(evidenceOf(reference)).isEmpty();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aFileThatCannotBeDeletedAfterThePurgeIsLoggedByIdsAndDoesNotFailThePurge(CapturedOutput output)
			throws IOException {
		String reference = report();
		String itemId = itemId(upload(reference, "investigator", PDF, "Jane Victim.pdf", "DOCUMENT"));
		// a folder that is not empty where the file was: deleting it fails
		Path file = EVIDENCE.resolve(itemId);
		Files.delete(file);
		Files.createDirectories(file.resolve("stuck"));

		new TransactionTemplate(transactions).executeWithoutResult(status -> store.deleteAllFor(caseId(reference)));

		assertThat(evidenceOf(reference)).isEmpty();
		assertThat(output.getOut().lines().filter(line -> line.contains("Retention purge of case")))
			.singleElement(as(STRING))
			.contains(caseId(reference) + ": 1 of 1 evidence file", itemId)
			.doesNotContain("Jane Victim", "Messages sent to the victim", reference);
		Files.delete(file.resolve("stuck"));
		Files.delete(file);
	}

	private UUID caseId(String reference) {
		return UUID.fromString(jdbc.queryForObject("select id from case_file where reference = ?", String.class,
				reference));
	}

	private static String itemId(ResponseEntity<Map> uploaded) {
		assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) uploaded.getBody().get("id");
	}

	private ResponseEntity<Map> upload(String reference, String user, byte[] content, String fileName, String kind) {
		return http.withBasicAuth(user, "demo")
			.postForEntity("/api/cases/" + reference + "/evidence", multipart(content, fileName, kind), Map.class);
	}

	private static HttpEntity<MultiValueMap<String, Object>> multipart(byte[] content, String fileName, String kind) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		parts.add("kind", kind);
		parts.add("description", "Messages sent to the victim in March");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return new HttpEntity<>(parts, headers);
	}

	private List<?> evidenceOf(String reference) {
		return http.withBasicAuth("investigator", "demo").getForObject("/api/cases/" + reference + "/evidence", List.class);
	}

	/** A case of the north unit, where the demo investigator and supervisor work. */
	private String report() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String body = """
				{"reporterType":"VICTIM","victim":{"address":"4 Bancroft, Hitchin SG5 1JW","phone":"07700 900456",
				 "safeContact":{"method":"PHONE"}},"incidents":[{"behaviour":"CONTACT"}]}""";
		return (String) http.postForEntity("/api/reports", new HttpEntity<>(body, headers), Map.class)
			.getBody()
			.get("reference");
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
