package uk.police.spo.cases;

import java.time.Instant;
import java.util.List;

/** What staff see of a case without opening anyone's personal data. */
public record CaseSummary(String reference, String unit, CaseStatus status, ReporterType reporterType,
		boolean immediateDanger,
		Relationship relationship, Instant receivedAt, int incidentCount, List<Event> timeline) {

	public record Event(Instant at, String kind, String summary, String actor) {
	}

	static CaseSummary of(CaseFile caseFile) {
		return new CaseSummary(caseFile.reference(), caseFile.unitCode(), caseFile.status(), caseFile.reporterType(),
				caseFile.immediateDanger(), caseFile.relationship(), caseFile.receivedAt(), caseFile.incidents().size(),
				caseFile.timeline().stream().map(e -> new Event(e.occurredAt(), e.kind(), e.summary(), e.actor())).toList());
	}

}
