package uk.police.spo.messages;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The server's check of the variables a BPMN message carries (from officers or partners), applied before the message is
 * correlated, so a bad payload is refused with a 400 naming the field and the process is untouched. One bean per
 * capability that receives messages.
 */
public interface MessagePayloadRules {

	/** The message names these rules check, e.g. {@code CourtOutcomeReceived}. */
	Set<String> messageNames();

	/** Each problem as "field: message"; empty when the payload is acceptable. */
	List<String> problems(String messageName, Map<String, Object> variables);

}
