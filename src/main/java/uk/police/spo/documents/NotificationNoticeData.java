package uk.police.spo.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The notice served with an order telling the defendant what to notify, where, and by when. */
public record NotificationNoticeData(
        String caseReference,
        String policeForce,
        Defendant defendant,
        OrderKind order,
        String court,
        LocalDate orderMadeOn,
        LocalDate servedOn,
        List<String> policeStations)
        implements DocumentData {

    public enum OrderKind { INTERIM_SPO, SPO }

    public NotificationNoticeData {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(defendant, "defendant");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(servedOn, "servedOn");
        policeStations = policeStations == null ? List.of() : List.copyOf(policeStations);
    }

    @Override
    public DocumentType type() {
        return DocumentType.NOTIFICATION_NOTICE;
    }

    /** s.9(1): within three days beginning with the day of service, so the day of service is the first. */
    @DocumentValue
    LocalDate notifyBy() {
        return servedOn.plusDays(2);
    }
}
