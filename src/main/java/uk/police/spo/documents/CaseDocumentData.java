package uk.police.spo.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CasePerson;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.Incident;
import uk.police.spo.cases.PersonRole;
import uk.police.spo.monitoring.Applicant;
import uk.police.spo.monitoring.ApplicationKind;
import uk.police.spo.monitoring.ChangeNotified;
import uk.police.spo.monitoring.MonitoringRecords;
import uk.police.spo.monitoring.NotifiedDetails;
import uk.police.spo.monitoring.TakenAtStation;
import uk.police.spo.orders.CourtPapers;
import uk.police.spo.orders.DraftTerm;
import uk.police.spo.orders.OrderKind;
import uk.police.spo.orders.TermKind;
import uk.police.spo.system.UkDates;

/**
 * Each document's record built from the case as the other capabilities hold it (through their public services): only
 * values the case records, none made up. Where the case lacks what a document must state (a defendant's name, the
 * day an order was served) building fails, and the process step's job becomes an incident for someone to look at.
 * Called inside the step's transaction.
 */
@Component
@EnableConfigurationProperties(DocumentProperties.class)
class CaseDocumentData {

    /** A document's record, the case it belongs to, and the victim's contact values to check it against. */
    record Prepared(UUID caseId, DocumentData data, VictimContacts victim) {
    }

    private final CaseRecords cases;
    private final CourtPapers court;
    private final MonitoringRecords monitoring;
    private final DocumentProperties properties;

    CaseDocumentData(CaseRecords cases, CourtPapers court, MonitoringRecords monitoring, DocumentProperties properties) {
        this.cases = cases;
        this.court = court;
        this.monitoring = monitoring;
        this.properties = properties;
    }

    Prepared spoApplication(UUID applicationId, String caseReference) {
        CourtPapers.Application application = court.application(applicationId);
        CaseFile caseFile = cases.load(application.caseId());
        LocalDate lodgedOn = application.lodgedOn()
                .orElseThrow(() -> new IllegalStateException("the application has not been lodged"));
        return new Prepared(caseFile.id(), new SpoApplicationData(caseReference, properties.policeForce(), null,
                lodgedOn, defendant(caseFile), complaint(caseFile), new StalkingTest(application.test().actsReasoning(),
                        application.test().riskReasoning(), application.test().necessityReasoning()),
                List.of(), terms(application.terms()), application.interimWanted(), null,
                areaConnection(application)), victim(caseFile));
    }

    private static SpoApplicationData.AreaConnection areaConnection(CourtPapers.Application application) {
        return application.areaCondition()
                .map(condition -> SpoApplicationData.AreaConnection.valueOf(condition.name()))
                .orElse(null);
    }

    Prepared order(UUID orderId, String caseReference) {
        CourtPapers.Order order = court.order(orderId);
        CaseFile caseFile = cases.load(order.caseId());
        SpoOrderData.Kind kind = order.kind() == OrderKind.FULL ? SpoOrderData.Kind.FULL : SpoOrderData.Kind.INTERIM;
        return new Prepared(caseFile.id(), new SpoOrderData(kind, caseReference, properties.policeForce(), null,
                order.grantedOn(), defendant(caseFile), terms(order.terms()), period(order), null), victim(caseFile));
    }

    Prepared notificationNotice(UUID orderId, String caseReference) {
        CourtPapers.Order order = court.order(orderId);
        CaseFile caseFile = cases.load(order.caseId());
        LocalDate servedOn = order.servedOn()
                .orElseThrow(() -> new IllegalStateException("the order has not been served"));
        NotificationNoticeData.OrderKind kind = order.kind() == OrderKind.FULL
                ? NotificationNoticeData.OrderKind.SPO : NotificationNoticeData.OrderKind.INTERIM_SPO;
        return new Prepared(caseFile.id(), new NotificationNoticeData(caseReference, properties.policeForce(),
                defendant(caseFile), kind, null, order.grantedOn(), servedOn, properties.notificationStations()),
                victim(caseFile));
    }

    Prepared notificationAcknowledgement(UUID orderId, String caseReference) {
        CourtPapers.Order order = court.order(orderId);
        CaseFile caseFile = cases.load(order.caseId());
        MonitoringRecords.Notification notification = monitoring.lastNotification(order.id())
                .orElseThrow(() -> new IllegalStateException("no notification is recorded for the order"));
        return new Prepared(caseFile.id(), new NotificationAcknowledgementData(caseReference,
                properties.policeForce(), defendant(caseFile).name(), reason(notification.change()),
                notification.notifiedOn(), null,
                notification.details().map(NotifiedDetails::names).orElse(List.of()),
                notification.details().map(NotifiedDetails::aliases).orElse(List.of()),
                notification.details().map(NotifiedDetails::homeAddress).orElse(null),
                notification.receivedBy().orElse(null), notification.fingerprints() == TakenAtStation.TAKEN,
                notification.photograph() == TakenAtStation.TAKEN), victim(caseFile));
    }

    private static NotificationAcknowledgementData.Reason reason(Optional<ChangeNotified> change) {
        return change.map(c -> switch (c) {
            case NAME -> NotificationAcknowledgementData.Reason.CHANGE_OF_NAME;
            case HOME_ADDRESS -> NotificationAcknowledgementData.Reason.CHANGE_OF_ADDRESS;
            case NAME_AND_HOME_ADDRESS -> NotificationAcknowledgementData.Reason.CHANGE_OF_NAME_AND_ADDRESS;
        }).orElse(NotificationAcknowledgementData.Reason.ORDER_SERVED);
    }

    Prepared orderChange(UUID orderId, String caseReference, ApplicationKind kind) {
        CourtPapers.Order order = court.order(orderId);
        CaseFile caseFile = cases.load(order.caseId());
        MonitoringRecords.GrantedApplication granted = monitoring.lastGranted(order.id(), kind)
                .orElseThrow(() -> new IllegalStateException("no granted " + kind + " is recorded for the order"));
        boolean discharge = kind == ApplicationKind.DISCHARGE;
        String appliedForBy = granted.applicant() == Applicant.POLICE ? properties.policeForce() : "the defendant";
        return new Prepared(caseFile.id(), new OrderChangeData(caseReference, properties.policeForce(), null,
                granted.decidedOn(), defendant(caseFile), OrderChangeData.Change.valueOf(kind.name()), appliedForBy,
                order.grantedOn(), discharge ? null : terms(order.terms()), discharge ? null : period(order), null),
                victim(caseFile));
    }

    static Defendant defendant(CaseFile caseFile) {
        CasePerson suspect = caseFile.personIn(PersonRole.SUSPECT)
                .filter(person -> person.name() != null && !person.name().isBlank())
                .orElseThrow(() -> new IllegalStateException("the case holds no name for the defendant"));
        return new Defendant(suspect.name(), List.of(), suspect.dateOfBirth(), suspect.address());
    }

    static VictimContacts victim(CaseFile caseFile) {
        return caseFile.personIn(PersonRole.VICTIM)
                .map(victim -> new VictimContacts(victim.address(), victim.phone(), victim.email()))
                .orElseGet(VictimContacts::noneRecorded);
    }

    /** The incidents the case records, by kind and day; their free-text descriptions stay out of court papers. */
    private static String complaint(CaseFile caseFile) {
        List<String> incidents = caseFile.incidents().stream().map(CaseDocumentData::incident).toList();
        return incidents.isEmpty() ? null : "The case records these incidents: " + String.join("; ", incidents) + ".";
    }

    static String incident(Incident incident) {
        String behaviour = incident.behaviour() == null ? "conduct"
                : incident.behaviour().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return incident.occurredOn() == null ? behaviour : behaviour + " on " + UkDates.day(incident.occurredOn());
    }

    static Terms terms(List<DraftTerm.Wording> wordings) {
        return new Terms(ofKind(wordings, TermKind.PROHIBITION), ofKind(wordings, TermKind.REQUIREMENT));
    }

    private static List<OrderTerm> ofKind(List<DraftTerm.Wording> wordings, TermKind kind) {
        return wordings.stream().filter(w -> w.kind() == kind).map(w -> new OrderTerm(w.wording(), w.necessity()))
                .toList();
    }

    private static OrderPeriod period(CourtPapers.Order order) {
        return new OrderPeriod(order.grantedOn(), order.endsOn().orElse(null));
    }
}
