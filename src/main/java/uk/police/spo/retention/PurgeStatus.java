package uk.police.spo.retention;

/** A purge request: asked for by a supervisor, then purged (approved) or rejected by an administrator. */
enum PurgeStatus {

	REQUESTED, PURGED, REJECTED

}
