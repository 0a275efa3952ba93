package uk.police.spo.investigation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.units.CaseAccess;

/**
 * Logging an item of a case's evidence: the one path for the evidence API and the case page's upload form. The case
 * must be one of the officer's units' (else {@link NoSuchCase}, as for a case that does not exist); the kind and
 * description are checked before the file is read; the file, its timeline entry and the COLLECT audit entry are
 * written in one transaction, or nothing is.
 */
@Service
public class EvidenceLog {

	private final CaseAccess access;

	private final EvidenceStore store;

	private final CaseRecords records;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	EvidenceLog(CaseAccess access, EvidenceStore store, CaseRecords records, AuditTrail audit,
			TransactionTemplate transaction) {
		this.access = access;
		this.store = store;
		this.records = records;
		this.audit = audit;
		this.transaction = transaction;
	}

	/** Something wrong with one field of an upload. */
	public record Problem(String field, String message) {
	}

	/** What became of an upload. */
	public sealed interface Outcome permits Logged, Invalid, Refused, NoSuchCase {
	}

	/** The item is in the log. */
	public static final class Logged implements Outcome {

		private final EvidenceItem item;

		Logged(EvidenceItem item) {
			this.item = item;
		}

		EvidenceItem item() {
			return item;
		}

		public String fileLabel() {
			return item.fileLabel();
		}

	}

	/** The kind or description is not acceptable; nothing was read or stored. */
	public record Invalid(List<Problem> problems) implements Outcome {
	}

	/** The file is too large or of a type not accepted; nothing was stored. */
	public record Refused(boolean tooLarge, String message) implements Outcome {
	}

	/** No case of that reference in the officer's units. */
	public record NoSuchCase() implements Outcome {
	}

	/** The kinds an item may be, for a form's choice. */
	public static List<String> kinds() {
		return Arrays.stream(EvidenceKind.values()).map(Enum::name).toList();
	}

	public Outcome log(String reference, String kind, String description, InputStream content, String recordedBy) {
		Optional<CaseFile> caseFile = records.byReference(reference).filter(c -> access.maySee(c.unitCode()));
		if (caseFile.isEmpty()) {
			return new NoSuchCase();
		}
		List<Problem> problems = new ArrayList<>();
		if (kind == null || !kinds().contains(kind)) {
			problems.add(new Problem("kind", "is one of " + Arrays.toString(EvidenceKind.values())));
		}
		if (description == null || description.isBlank() || description.length() > EvidenceItem.MAX_DESCRIPTION) {
			problems.add(new Problem("description", "is 1 to 2000 characters"));
		}
		if (!problems.isEmpty()) {
			return new Invalid(problems);
		}
		try {
			return transaction.execute(status -> new Logged(store(caseFile.get(), reference, kind, description,
					content, recordedBy)));
		}
		catch (EvidenceRefusedException refused) {
			boolean tooLarge = refused.reason() == EvidenceRefusedException.Reason.TOO_LARGE;
			return new Refused(tooLarge, tooLarge ? "An evidence file can be at most " + store.maxSize() + " bytes."
					: "Evidence files are PDF, JPEG, PNG, MP4, MP3, plain text or e-mail (.eml); the content of this "
							+ "file is none of them.");
		}
	}

	private EvidenceItem store(CaseFile caseFile, String reference, String kind, String description,
			InputStream content, String recordedBy) {
		EvidenceItem item;
		try {
			item = store.store(caseFile.id(), EvidenceKind.valueOf(kind), description, content, recordedBy);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		records.record(caseFile.id(), "EVIDENCE_LOGGED",
				"Evidence logged: " + item.kind() + ", " + item.contentType() + ", " + item.fileLabel());
		audit.record(AuditAction.COLLECT, reference, EvidenceController.EVIDENCE_FIELDS, "evidence upload");
		return item;
	}

}
