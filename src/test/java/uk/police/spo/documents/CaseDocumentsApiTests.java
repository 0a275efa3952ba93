package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/**
 * A case's documents stored (MariaDB's longblob), listed and downloaded through the API by the case's unit only, each
 * read audited, with problem answers for what is not there.
 */
@ExtendWith(OutputCaptureExtension.class)
class CaseDocumentsApiTests extends MySqlCompatibleTest {

	static final VictimContacts VICTIM = new VictimContacts("4 Bancroft, Hitchin SG5 1JW", "07700 900456", null);

	@Autowired
	TestRestTemplate http;

	@Autowired
	CaseDocuments documents;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachDocumentOfATypeIsTheNextVersionStoredWithTheSha256OfItsBytes() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		UUID caseId = caseId(reference);

		StoredDocument first = documents.produce(caseId, acknowledgement(reference), VICTIM);
		StoredDocument second = documents.produce(caseId, acknowledgement(reference), VICTIM);
		StoredDocument notice = documents.produce(caseId, notice(reference), VICTIM);

		assertThat(List.of(first.version(), second.version(), notice.version())).containsExactly(1, 2, 1);
		Map<String, Object> row = jdbc.queryForMap(
				"select type, version, sha256, size_bytes, media_type, content from case_document where id = ?",
				second.id().toString());
		byte[] content = (byte[]) row.get("content");
		assertThat(new String(content, 0, 5)).isEqualTo("%PDF-");
		assertThat(row).containsEntry("type", "NOTIFICATION_ACKNOWLEDGEMENT")
			.containsEntry("version", 2)
			.containsEntry("sha256", sha256(content))
			.containsEntry("media_type", "application/pdf");
		assertThat(((Number) row.get("size_bytes")).longValue()).isEqualTo(content.length);
		assertThat(documents.latest(caseId, DocumentType.NOTIFICATION_ACKNOWLEDGEMENT))
			.hasValueSatisfying(latest -> assertThat(latest.document().id()).isEqualTo(second.id()));
		assertThat(jdbc.queryForList("select summary from case_timeline_entry where case_id = ? and kind = ?",
				String.class, caseId.toString(), "DOCUMENT_PRODUCED"))
			.containsExactlyInAnyOrder("Document produced: NOTIFICATION_ACKNOWLEDGEMENT v1",
					"Document produced: NOTIFICATION_ACKNOWLEDGEMENT v2", "Document produced: NOTIFICATION_NOTICE v1");
	}

	@Test
	void producingADocumentWarnsOfNothingInTheLog(CapturedOutput log) {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		int before = log.getAll().length();

		documents.produce(caseId(reference), acknowledgement(reference), VICTIM);

		// reading the PDF back parses FOP's font subsets, whose glyph-name-less PostScript table PDFBox warns of
		assertThat(log.getAll().substring(before).lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")))
			.as("WARN or ERROR lines while producing a document")
			.isEmpty();
	}

	@Test
	void theCasesUnitListsItsDocumentsAndDownloadsOneAsAnAttachmentAndBothReadsAreAudited() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		StoredDocument stored = documents.produce(caseId(reference), acknowledgement(reference), VICTIM);

		ResponseEntity<List> listed = http.withBasicAuth("investigator", "demo")
			.getForEntity("/api/cases/" + reference + "/documents", List.class);

		assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> entry = (Map<String, Object>) listed.getBody().get(0);
		assertThat(listed.getBody()).hasSize(1);
		assertThat(entry).containsEntry("id", stored.id().toString())
			.containsEntry("type", "NOTIFICATION_ACKNOWLEDGEMENT")
			.containsEntry("version", 1)
			.containsEntry("sha256", stored.sha256())
			.containsEntry("size", (int) stored.sizeBytes())
			.containsEntry("href", "/api/documents/" + stored.id())
			.containsKey("createdAt");
		assertThat(audited(reference, "document list")).isEqualTo(1);

		ResponseEntity<byte[]> pdf = http.withBasicAuth("investigator", "demo")
			.getForEntity("/api/documents/" + stored.id(), byte[].class);

		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(pdf.getHeaders().getContentDisposition().isAttachment()).isTrue();
		assertThat(pdf.getHeaders().getContentDisposition().getFilename())
			.isEqualTo(reference + "-notification-acknowledgement-v1.pdf");
		assertThat(pdf.getHeaders().getCacheControl()).isEqualTo(CacheControl.noStore().getHeaderValue());
		assertThat(sha256(pdf.getBody())).isEqualTo(stored.sha256());
		assertThat(PdfText.of(pdf.getBody())).contains(reference, "Dylan Ashcombe", "Acknowledgement");
		assertThat(audited(reference, "document download")).isEqualTo(1);
	}

	@Test
	void anotherUnitsCaseOrDocumentAndAnUnknownIdAnswer404AndNothingIsAudited() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		StoredDocument stored = documents.produce(caseId(reference), acknowledgement(reference), VICTIM);

		ResponseEntity<Map> otherUnitsList = http.withBasicAuth("investigator-south", "demo")
			.getForEntity("/api/cases/" + reference + "/documents", Map.class);
		ResponseEntity<Map> otherUnitsDocument = http.withBasicAuth("investigator-south", "demo")
			.getForEntity("/api/documents/" + stored.id(), Map.class);
		ResponseEntity<Map> unknown = http.withBasicAuth("investigator", "demo")
			.getForEntity("/api/documents/" + UUID.randomUUID(), Map.class);
		ResponseEntity<Map> unknownCase = http.withBasicAuth("investigator", "demo")
			.getForEntity("/api/cases/SH-1999-999999/documents", Map.class);

		for (ResponseEntity<Map> answer : List.of(otherUnitsList, otherUnitsDocument, unknown, unknownCase)) {
			assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(answer.getBody()).containsEntry("status", 404).containsEntry("title", "Not found");
		}
		assertThat(audited(reference, "document list") + audited(reference, "document download")).isZero();
		assertThat(http.withBasicAuth("investigator", "demo").getForEntity("/api/documents/not-an-id", Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(http.getForEntity("/api/documents/" + stored.id(), byte[].class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(http.withBasicAuth("admin", "demo").getForEntity("/api/documents/" + stored.id(), byte[].class)
			.getStatusCode()).as("administrators see every unit's cases").isEqualTo(HttpStatus.OK);
	}

	static NotificationAcknowledgementData acknowledgement(String reference) {
		return new NotificationAcknowledgementData(reference, "Hertfordshire Constabulary", "Dylan Ashcombe",
				NotificationAcknowledgementData.Reason.ORDER_SERVED, LocalDate.of(2026, 3, 11), null, List.of(),
				List.of(), null, null, true, false);
	}

	static NotificationNoticeData notice(String reference) {
		return new NotificationNoticeData(reference, "Hertfordshire Constabulary",
				new Defendant("Dylan Ashcombe", List.of(), null, null), NotificationNoticeData.OrderKind.SPO, null,
				LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10), List.of());
	}

	private UUID caseId(String reference) {
		return UUID.fromString(
				jdbc.queryForObject("select id from case_file where reference = ?", String.class, reference));
	}

	private int audited(String reference, String purpose) {
		return jdbc.queryForObject("select count(*) from audit_entry where case_reference = ? and action = 'CONSULT' "
				+ "and purpose = ?", Integer.class, reference, purpose);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
