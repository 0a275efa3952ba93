package uk.police.spo.investigation;

import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.police.spo.retention.CaseDataEraser;

/** A purged case's evidence: its items now, their files on disk once the purge has committed. */
@Component
class EvidenceEraser implements CaseDataEraser {

	private final EvidenceStore store;

	EvidenceEraser(EvidenceStore store) {
		this.store = store;
	}

	@Override
	public void erase(UUID caseId, String reference) {
		store.deleteAllFor(caseId);
	}

}
