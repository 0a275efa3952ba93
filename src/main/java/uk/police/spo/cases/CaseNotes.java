package uk.police.spo.cases;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.Actors;
import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;

/** Keeps the notes officers write in task forms with the case, and says so in the audit log (field names only). */
@Service
public class CaseNotes {

	private final CaseNoteRepository notes;

	private final CaseRecords records;

	private final AuditTrail audit;

	private final Actors actors;

	private final Clock clock;

	CaseNotes(CaseNoteRepository notes, CaseRecords records, AuditTrail audit, Actors actors, Clock clock) {
		this.notes = notes;
		this.records = records;
		this.audit = audit;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional
	public void keep(UUID caseId, String taskKey, String field, String body) {
		CaseFile caseFile = records.load(caseId);
		notes.save(new CaseNote(caseFile.id(), taskKey, field, body, actors.current(), clock.instant()));
		audit.recordAtCommit(AuditAction.COLLECT, caseFile.reference(), List.of("note." + field), "note written in " + taskKey);
	}

	@Transactional(readOnly = true)
	public List<CaseNote> of(UUID caseId) {
		return notes.findByCaseIdOrderByWrittenAt(caseId);
	}

}
