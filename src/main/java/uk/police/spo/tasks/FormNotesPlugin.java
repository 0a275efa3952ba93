package uk.police.spo.tasks;

import java.util.Set;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseNotes;

/**
 * Keeps the forms' free text out of the engine: every user task gets {@link KeepNotesListener} after its own complete
 * listeners, and history goes through {@link FreeTextHistoryFilter}.
 */
@Component
class FormNotesPlugin extends AbstractProcessEnginePlugin {

	private final KeepNotesListener keepNotes;

	private final Set<String> freeTextFields = FormNotes.freeTextFields();

	FormNotesPlugin(ObjectProvider<CaseNotes> notes) {
		this.keepNotes = new KeepNotesListener(notes);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EveryUserTask.onParse(configuration, task -> task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, keepNotes));
		configuration.setHistoryEventHandler(new FreeTextHistoryFilter(new DbHistoryEventHandler(), freeTextFields));
	}

}
