package uk.police.spo.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Triage's classification as the Home Office Counting Rules record it, beside the course of conduct's classification
 * ({@link CaseFile#classification()}): the stalking question and each part of FOUR as answered ({@code YES},
 * {@code NO}, {@code NOT_KNOWN}) and the course of conduct's crime reference; the most serious other offences, each
 * with a crime reference of its own, are {@link CaseFile#otherOffences()}. A case classified before these were asked
 * has none ({@link CaseFile#conduct()} is empty).
 */
@Embeddable
public record ConductClassification(
		@Column(name = "stalking_question") String stalkingQuestion,
		@Column(name = "four_fixated") String fixated,
		@Column(name = "four_obsessive") String obsessive,
		@Column(name = "four_unwanted") String unwanted,
		@Column(name = "four_repeated") String repeated,
		@Column(name = "classification_crime_reference") String crimeReference) {

}
