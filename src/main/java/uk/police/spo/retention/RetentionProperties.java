package uk.police.spo.retention;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code spo.retention.*}; the review job's {@code review-cron} and {@code scheduling-enabled} are read by
 * {@link RetentionReviewJob} itself.
 * @param reviewAfter how long after closure a case comes up for its retention review (Management of Police
 * Information: about six years is the usual minimum)
 */
@ConfigurationProperties("spo.retention")
record RetentionProperties(@DefaultValue("P6Y") Period reviewAfter) {
}
