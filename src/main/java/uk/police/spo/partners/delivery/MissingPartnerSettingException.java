package uk.police.spo.partners.delivery;

import java.util.List;

/** A partner's transport is not configured: start-up stops, naming each property to set. */
class MissingPartnerSettingException extends RuntimeException {

	private final List<String> properties;

	MissingPartnerSettingException(List<String> properties) {
		super("Partner referrals cannot be delivered: " + String.join(", ", properties)
				+ (properties.size() == 1 ? " is" : " are") + " not set (or not a valid value)");
		this.properties = List.copyOf(properties);
	}

	List<String> properties() {
		return properties;
	}

}
