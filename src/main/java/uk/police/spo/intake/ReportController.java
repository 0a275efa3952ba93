package uk.police.spo.intake;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.Valid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
class ReportController {

	private static final Logger log = LoggerFactory.getLogger(ReportController.class);

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final Pattern KEY_FORMAT = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

	private final ReportIntake intake;

	private final IdempotentReports idempotency;

	private final ObjectMapper json;

	ReportController(ReportIntake intake, IdempotentReports idempotency, ObjectMapper json) {
		this.intake = intake;
		this.idempotency = idempotency;
		this.json = json;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReportReceipt> report(@Valid @RequestBody ReportRequest report,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
		if (key == null) {
			return created(receive(report, null, null), false);
		}
		if (!KEY_FORMAT.matcher(key).matches()) {
			throw new ReportProblem.InvalidIdempotencyKey();
		}
		String hash = hash(report);
		try {
			return idempotency.recall(key).map(earlier -> replay(earlier, hash))
				.orElseGet(() -> created(receive(report, key, hash), false));
		}
		catch (DuplicateKeyException sameKeyCommittedMeanwhile) {
			return idempotency.recall(key)
				.map(earlier -> replay(earlier, hash))
				.orElseThrow(() -> sameKeyCommittedMeanwhile);
		}
	}

	private ReportReceipt receive(ReportRequest report, String key, String hash) {
		try {
			return intake.receive(report, key, hash);
		}
		catch (DuplicateKeyException e) {
			throw e;
		}
		catch (RuntimeException e) {
			// the class names only: messages of database and engine errors can quote submitted values
			log.error("Report not stored ({} caused by {}); the client was told to retry", e.getClass().getName(),
					rootCause(e).getClass().getName());
			throw new ReportProblem.NotStored(e);
		}
	}

	private static Throwable rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private ResponseEntity<ReportReceipt> replay(IdempotentReports.Remembered earlier, String hash) {
		if (!earlier.requestHash().equals(hash)) {
			throw new ReportProblem.KeyReused();
		}
		return created(earlier.receipt(), true);
	}

	private static ResponseEntity<ReportReceipt> created(ReportReceipt receipt, boolean replayed) {
		return ResponseEntity.created(URI.create("/api/cases/" + receipt.reference()))
			.header("Idempotent-Replayed", Boolean.toString(replayed))
			.body(receipt);
	}

	private String hash(ReportRequest report) {
		try {
			byte[] canonical = json.writeValueAsString(report).getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (JsonProcessingException | NoSuchAlgorithmException e) {
			throw new IllegalStateException("Cannot fingerprint a report", e);
		}
	}

}
