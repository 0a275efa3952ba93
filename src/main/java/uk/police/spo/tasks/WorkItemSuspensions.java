package uk.police.spo.tasks;

import java.util.List;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Process instances suspended or activated (Cockpit, the API, a definition suspended with its instances, a batch):
 * the engine says so only by a process instance's update event in its history, one per instance, so the history
 * events pass here on their way to {@code next} and such an instance's tasks are read again ({@link WorkItemChanges}).
 * Needs a history level that records process instance updates (activity or above; full here).
 */
class WorkItemSuspensions implements HistoryEventHandler {

	private final HistoryEventHandler next;

	private final ObjectProvider<WorkItems> items;

	private final ObjectProvider<EngineWorkItems> engine;

	WorkItemSuspensions(HistoryEventHandler next, ObjectProvider<WorkItems> items, ObjectProvider<EngineWorkItems> engine) {
		this.next = next;
		this.items = items;
		this.engine = engine;
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		next.handleEvent(event);
		if (event instanceof HistoricProcessInstanceEventEntity instance
				&& HistoryEventTypes.PROCESS_INSTANCE_UPDATE.getEventName().equals(event.getEventType())
				&& (HistoricProcessInstance.STATE_SUSPENDED.equals(instance.getState())
						|| HistoricProcessInstance.STATE_ACTIVE.equals(instance.getState()))) {
			WorkItemChanges.refresh(instance.getProcessInstanceId(), items.getObject(), engine.getObject());
		}
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		events.forEach(this::handleEvent);
	}

}
