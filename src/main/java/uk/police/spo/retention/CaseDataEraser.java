package uk.police.spo.retention;

import java.util.UUID;

/**
 * A capability that keeps something of a case outside the case tables (files on disk, stored documents) and must
 * erase it when the case is purged. Every Spring bean implementing it is called, in {@code @Order}, inside the
 * purge's transaction before the case rows are deleted, so the case's rows can still be read. What cannot be rolled
 * back (a file) should be removed after the commit (TransactionSynchronization#afterCommit).
 */
public interface CaseDataEraser {

	void erase(UUID caseId, String reference);

}
