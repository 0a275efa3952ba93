package uk.police.spo.cases;

import java.time.Instant;
import java.util.List;

/**
 * What staff see of a case without opening anyone's personal data. {@code classification} is null until triage has
 * classified the case; for a case classified before the explicit answers were recorded, only its
 * {@code courseOfConduct} is set.
 */
public record CaseSummary(String reference, String unit, CaseStatus status, ReporterType reporterType,
		boolean immediateDanger,
		Relationship relationship, Instant receivedAt, int incidentCount, Classification classification,
		List<Event> timeline) {

	public record Event(Instant at, String kind, String summary, String actor) {
	}

	/**
	 * The Home Office Counting Rules' record: the course of conduct (STALKING_8Q, HARASSMENT_8L, ...) and the most
	 * serious other offences ({@code otherOffences}, the most serious first, at most {@value OtherOffence#MOST}, empty
	 * when there are none), each with its crime reference; the stalking question and each part of FOUR as answered
	 * (YES, NO, NOT_KNOWN). {@code otherOffence} and {@code otherOffenceCrimeReference} repeat the most serious one
	 * ({@code NONE} and no reference when there is none), as the case JSON gave them before several were kept.
	 */
	public record Classification(String courseOfConduct, String courseOfConductCrimeReference, String otherOffence,
			String otherOffenceCrimeReference, List<OtherOffence> otherOffences, String stalkingQuestion,
			String fixated, String obsessive, String unwanted, String repeated) {

		static Classification of(CaseFile caseFile) {
			if (caseFile.classification().isEmpty()) {
				return null;
			}
			String courseOfConduct = caseFile.classification().get();
			List<OtherOffence> others = List.copyOf(caseFile.otherOffences());
			OtherOffence mostSerious = others.isEmpty() ? new OtherOffence(OtherOffence.NONE, null) : others.get(0);
			return caseFile.conduct()
				.map(c -> new Classification(courseOfConduct, c.crimeReference(), mostSerious.offence(),
						mostSerious.crimeReference(), others, c.stalkingQuestion(), c.fixated(), c.obsessive(),
						c.unwanted(), c.repeated()))
				.orElseGet(() -> new Classification(courseOfConduct, null, null, null, null, null, null, null, null,
						null));
		}

	}

	static CaseSummary of(CaseFile caseFile) {
		return new CaseSummary(caseFile.reference(), caseFile.unitCode(), caseFile.status(), caseFile.reporterType(),
				caseFile.immediateDanger(), caseFile.relationship(), caseFile.receivedAt(), caseFile.incidents().size(),
				Classification.of(caseFile),
				caseFile.timeline().stream().map(e -> new Event(e.occurredAt(), e.kind(), e.summary(), e.actor())).toList());
	}

}
