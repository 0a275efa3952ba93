package uk.police.spo.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.police.spo.system.UkDates;

/**
 * Every night (spo.retention.review-cron, London time) notes the cases due for retention review. Logs only how many:
 * the list is for supervisors, through GET /api/retention/due.
 */
@Component
@ConditionalOnProperty(name = "spo.retention.scheduling-enabled", matchIfMissing = true)
class RetentionReviewJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionReviewJob.class);

	private final RetentionReviews reviews;

	RetentionReviewJob(RetentionReviews reviews) {
		this.reviews = reviews;
	}

	@Scheduled(cron = "${spo.retention.review-cron:0 0 2 * * *}", zone = UkDates.ZONE_NAME)
	void noteCasesDue() {
		log.info("{} closed case(s) due for retention review", reviews.noteDue());
	}

}
