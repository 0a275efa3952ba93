package uk.police.spo.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The written acknowledgement the police give for a notification made in person (s.10). */
public record NotificationAcknowledgementData(
        String caseReference,
        String policeForce,
        String defendantName,
        Reason reason,
        LocalDate notifiedOn,
        String policeStation,
        List<String> namesNotified,
        List<String> aliasesNotified,
        String homeAddressNotified,
        String receivedBy,
        boolean fingerprintsTaken,
        boolean photographTaken) implements DocumentData {

    public enum Reason { ORDER_SERVED, CHANGE_OF_NAME, CHANGE_OF_ADDRESS, CHANGE_OF_NAME_AND_ADDRESS }

    public NotificationAcknowledgementData {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(defendantName, "defendantName");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        namesNotified = namesNotified == null ? List.of() : List.copyOf(namesNotified);
        aliasesNotified = aliasesNotified == null ? List.of() : List.copyOf(aliasesNotified);
    }

    @Override
    public DocumentType type() {
        return DocumentType.NOTIFICATION_ACKNOWLEDGEMENT;
    }
}
