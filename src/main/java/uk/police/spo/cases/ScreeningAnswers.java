package uk.police.spo.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The stalking screening questions a report can answer (shared/domain.md); null means not answered or not known.
 */
@Embeddable
public record ScreeningAnswers(
		@Column(name = "scr_very_frightened") Boolean veryFrightened,
		@Column(name = "scr_turned_up_unannounced") Boolean turnedUpUnannounced,
		@Column(name = "scr_damaged_property") Boolean damagedProperty,
		@Column(name = "scr_followed") Boolean followed,
		@Column(name = "scr_threatened_violence") Boolean threatenedViolence,
		@Column(name = "scr_harassed_others") Boolean harassedOthers,
		@Column(name = "scr_violent_to_others") Boolean violentToOthers,
		@Column(name = "scr_recruited_others") Boolean recruitedOthers) {

	public static ScreeningAnswers unanswered() {
		return new ScreeningAnswers(null, null, null, null, null, null, null, null);
	}

}
