package uk.police.spo.documents;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.police.spo.system.ProcessVariables;

/**
 * A process step that produces one document of the case. Each runs as its own job (asyncBefore, with a retry
 * cycle), so a failing template or a case lacking what the document must state becomes an incident, not a lost
 * step; the process goes on when the document is stored.
 */
abstract class DocumentStep implements JavaDelegate {

    private final CaseDocumentData data;
    private final CaseDocuments documents;

    DocumentStep(CaseDocumentData data, CaseDocuments documents) {
        this.data = data;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseDocumentData.Prepared prepared = prepare(data, execution, ProcessVariables.caseReference(execution));
        documents.produce(prepared.caseId(), prepared.data(), prepared.victim());
    }

    abstract CaseDocumentData.Prepared prepare(CaseDocumentData data, DelegateExecution execution, String caseReference);

    static UUID id(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("the process holds no " + name);
        }
        return UUID.fromString(value.toString());
    }
}
