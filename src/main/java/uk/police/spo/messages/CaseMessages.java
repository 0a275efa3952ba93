package uk.police.spo.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.system.ProcessMessages;

/**
 * Delivers a BPMN message (from an officer or a partner) to the case it names, by business key. The payload is checked
 * first by the capability's {@link MessagePayloadRules}; a message the case is not waiting for is refused before the
 * engine is touched, so nothing is half done and nothing is silently dropped.
 */
@Service
public class CaseMessages {

	/**
	 * The messages of shared/design.md that reach a running case (ReportReceived starts one instead), and the two of
	 * order monitoring after the first notification: a change of name or address notified, a notification found false.
	 */
	public static final Set<String> CASE_MESSAGES = Set.of(ProcessMessages.COURT_HEARING_LISTED, ProcessMessages.COURT_OUTCOME_RECEIVED, ProcessMessages.ORDER_SERVED,
			ProcessMessages.NOTIFICATION_RECEIVED, ProcessMessages.CHANGE_NOTIFICATION_RECEIVED, ProcessMessages.NOTIFICATION_FOUND_FALSE, ProcessMessages.BREACH_REPORTED,
			ProcessMessages.VARIATION_REQUESTED, ProcessMessages.DISCHARGE_REQUESTED);

	static final int MAX_VARIABLES = 20;

	static final int MAX_TEXT = 2000;

	private final RuntimeService runtime;

	private final CaseRecords records;

	private final List<MessagePayloadRules> rules;

	private final List<MessageStateRules> stateRules;

	private final AuditTrail audit;

	CaseMessages(RuntimeService runtime, CaseRecords records, List<MessagePayloadRules> rules,
			List<MessageStateRules> stateRules, AuditTrail audit) {
		this.runtime = runtime;
		this.records = records;
		this.rules = rules;
		this.stateRules = stateRules;
		this.audit = audit;
	}

	/** Checks the message without delivering it; throws {@link CaseMessageException} when it cannot be taken. */
	public CaseFile check(CaseFile caseFile, String messageName, Map<String, Object> variables) {
		List<String> problems = shapeProblems(messageName, variables);
		if (problems.isEmpty()) {
			rules.stream()
				.filter(r -> r.messageNames().contains(messageName))
				.forEach(r -> problems.addAll(r.problems(messageName, variables)));
		}
		if (!problems.isEmpty()) {
			throw CaseMessageException.invalid(problems);
		}
		List<Execution> waiting = runtime.createExecutionQuery()
			.processInstanceBusinessKey(caseFile.reference())
			.messageEventSubscriptionName(messageName)
			.list();
		if (waiting.size() != 1) {
			throw CaseMessageException.wrongState(messageName, caseFile.reference(), waiting.size());
		}
		String processInstanceId = waiting.get(0).getProcessInstanceId();
		stateRules.stream()
			.filter(r -> r.messageNames().contains(messageName))
			.flatMap(r -> r.refusal(messageName, processInstanceId).stream())
			.findFirst()
			.ifPresent(reason -> {
				throw CaseMessageException.refusedInState(messageName, caseFile.reference(), reason);
			});
		List<String> stateProblems = stateRules.stream()
			.filter(r -> r.messageNames().contains(messageName))
			.flatMap(r -> r.problems(messageName, processInstanceId, variables).stream())
			.toList();
		if (!stateProblems.isEmpty()) {
			throw CaseMessageException.invalid(stateProblems);
		}
		return caseFile;
	}

	@Transactional
	public void deliver(String reference, String messageName, Map<String, Object> variables, String from) {
		CaseFile caseFile = check(records.byReference(reference).orElseThrow(CaseMessageException::unknownCase),
				messageName, variables);
		try {
			runtime.createMessageCorrelation(messageName)
				.processInstanceBusinessKey(reference)
				.setVariables(variables)
				.correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException changedMeanwhile) {
			// the check above passed, but a concurrent message changed the case first: the same answer as the check's
			throw CaseMessageException.refusedInState(messageName, reference,
					"the case changed while the message arrived; it cannot take it now");
		}
		records.record(caseFile.id(), "MESSAGE_RECEIVED", messageName + " received from " + from);
		audit.recordAtCommit(AuditAction.ALTER, reference, List.copyOf(variables.keySet()), "message " + messageName);
	}

	private static List<String> shapeProblems(String messageName, Map<String, Object> variables) {
		List<String> problems = new ArrayList<>();
		if (!CASE_MESSAGES.contains(messageName)) {
			problems.add("messageName: one of " + CASE_MESSAGES.stream().sorted().toList());
			return problems;
		}
		if (variables.size() > MAX_VARIABLES) {
			problems.add("variables: at most " + MAX_VARIABLES);
		}
		variables.forEach((name, value) -> {
			if (!name.matches("[a-z][A-Za-z0-9]{0,59}")) {
				problems.add(name + ": not a variable name");
			}
			else if (!(value == null || value instanceof Boolean || value instanceof Number
					|| (value instanceof String s && s.length() <= MAX_TEXT))) {
				problems.add(name + ": a text of at most " + MAX_TEXT + " characters, a number or true/false");
			}
		});
		return problems;
	}

}
