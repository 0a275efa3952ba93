package uk.police.spo.partners.delivery;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * {@code ${referralsToSend.ids(...)}}: the referral ids a step queued (one id, or several separated by commas, as
 * process variables hold them) as the collection its send task delivers one by one.
 */
@Component("referralsToSend")
public class ReferralsToSend {

	public List<String> ids(Object queued) {
		if (queued == null || String.valueOf(queued).isBlank()) {
			return List.of();
		}
		return Arrays.stream(String.valueOf(queued).split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
	}

}
