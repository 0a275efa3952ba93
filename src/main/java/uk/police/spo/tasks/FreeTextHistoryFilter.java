package uk.police.spo.tasks;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The engine's history without the forms' free text: every event of a variable named after a textarea field (its
 * creation, updates and removal alike, so the history stays consistent) and every form property detail of such a field
 * is dropped; all else goes to the database.
 */
class FreeTextHistoryFilter implements HistoryEventHandler {

	private final HistoryEventHandler database;

	private final Set<String> freeTextFields;

	FreeTextHistoryFilter(HistoryEventHandler database, Set<String> freeTextFields) {
		this.database = database;
		this.freeTextFields = freeTextFields;
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		if (event instanceof HistoricVariableUpdateEventEntity variable
				&& freeTextFields.contains(variable.getVariableName())) {
			return;
		}
		// a form submitted through submit-form (Tasklist) also writes each field as a form property detail
		if (event instanceof HistoricFormPropertyEventEntity property
				&& freeTextFields.contains(property.getPropertyId())) {
			return;
		}
		database.handleEvent(event);
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		events.forEach(this::handleEvent);
	}

}
