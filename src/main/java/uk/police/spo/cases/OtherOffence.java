package uk.police.spo.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One of the most serious other offences in the course of conduct (the Home Office Counting Rules record them beside
 * the course of conduct), with its own crime reference. A case keeps at most {@link #MOST}, the most serious first.
 */
@Embeddable
public record OtherOffence(@Column(name = "offence", nullable = false) String offence,
		@Column(name = "crime_reference", nullable = false) String crimeReference) {

	/** How many other offences a case keeps. */
	public static final int MOST = 5;

	/** The answer that records no other offence. */
	public static final String NONE = "NONE";

}
