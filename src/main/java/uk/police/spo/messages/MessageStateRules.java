package uk.police.spo.messages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A capability's check that the process instance waiting for a message can take it now, applied before the message is
 * correlated (after its payload is found acceptable): a process may be subscribed to a message that its state still
 * refuses, such as a second application of a kind while one is before the court. A refusal answers 409 with its reason.
 */
public interface MessageStateRules {

	/** The message names these rules check. */
	Set<String> messageNames();

	/** Why the process instance cannot take the message now, in words for the sender; empty when it can. */
	Optional<String> refusal(String messageName, String processInstanceId);

	/**
	 * What is wrong with the message's variables given the state of the process instance that would take it, each as
	 * "field: message" (answered 400); empty when they fit. Checked after {@link #refusal} found none.
	 */
	default List<String> problems(String messageName, String processInstanceId, Map<String, Object> variables) {
		return List.of();
	}

}
