package uk.police.spo.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A referral letter to MARAC, housing or advocacy: the referral's header and the facts the partner's allow-list
 * released for it (partners.delivery.ReferralAllowList, applied before the facts reach this module), nothing else.
 * A part the referral does not carry is null and left out of the letter.
 */
public record ReferralLetterData(
        String caseReference,
        String policeForce,
        Addressee addressee,
        String referralId,
        String purpose,
        SharingBasis basis,
        LocalDate sentOn,
        Victim victim,
        Risk risk,
        String relationship,
        List<IncidentLine> incidents,
        Suspect suspect,
        Breach breach)
        implements DocumentData {

    /** Who the letter is to; each has its own template. */
    public enum Addressee {
        MARAC(DocumentType.MARAC_REFERRAL_LETTER),
        HOUSING(DocumentType.HOUSING_REFERRAL_LETTER),
        ADVOCACY(DocumentType.ADVOCACY_REFERRAL_LETTER);

        private final DocumentType type;

        Addressee(DocumentType type) {
            this.type = type;
        }
    }

    /** Why the force may share the victim's data with the partner. */
    public enum SharingBasis {
        CONSENT, MARAC_HIGH_RISK
    }

    public record Victim(String name, LocalDate dateOfBirth, String address, SafeContact safeContact) {
    }

    /** The channel the victim chose as safe; {@code detail} is that phone number or email address only. */
    public record SafeContact(String method, String detail, String safeTimes, Boolean voicemailSafe) {
    }

    /** The risk as assessed; {@code screening} the stalking screening questions with their answers, in words. */
    public record Risk(String level, String classification, Boolean immediateDanger, List<String> screening) {

        public Risk {
            screening = screening == null ? List.of() : List.copyOf(screening);
        }
    }

    public record IncidentLine(LocalDate occurredOn, String behaviour) {
    }

    public record Suspect(String name, LocalDate dateOfBirth, String description, String address,
            List<String> onlineAccounts) {

        public Suspect {
            onlineAccounts = onlineAccounts == null ? List.of() : List.copyOf(onlineAccounts);
        }
    }

    /** The breach a breach referral is about: when (UK time, in words) and who reported it. */
    public record Breach(String occurredAt, String reportedBy) {
    }

    public ReferralLetterData {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(policeForce, "policeForce");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(sentOn, "sentOn");
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
    }

    @Override
    public DocumentType type() {
        return addressee.type;
    }
}
