package uk.police.spo.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.partners.PartnerReferrals;
import uk.police.spo.partners.Referral;
import uk.police.spo.system.UkDates;
import uk.police.spo.units.Units;

/**
 * Renders a case's summary for supervisors from what the case, its referrals and its stored documents record, when it
 * is asked for: it is not stored, since it would be out of date at the next step.
 */
@Component
class CaseSummaries {

    private static final ZoneId UK = UkDates.ZONE;

    private final PartnerReferrals referrals;
    private final CaseDocuments documents;
    private final Units units;
    private final DocumentProperties properties;
    private final DocumentRenderer renderer;
    private final Clock clock;

    CaseSummaries(PartnerReferrals referrals, CaseDocuments documents, Units units, DocumentProperties properties,
            DocumentRenderer renderer, Clock clock) {
        this.referrals = referrals;
        this.documents = documents;
        this.units = units;
        this.properties = properties;
        this.renderer = renderer;
        this.clock = clock;
    }

    RenderedDocument render(CaseFile caseFile) {
        return renderer.render(data(caseFile), CaseDocumentData.victim(caseFile));
    }

    CaseSummaryData data(CaseFile caseFile) {
        return new CaseSummaryData(caseFile.reference(), properties.policeForce(), units.unit(caseFile.unitCode()).name(),
                day(caseFile.receivedAt()), LocalDate.now(clock.withZone(UK)), words(caseFile.status().name()),
                caseFile.classification().map(CaseSummaries::words).orElse(null),
                caseFile.riskLevel().map(CaseSummaries::words).orElse(null), words(caseFile.relationship().name()),
                caseFile.immediateDanger(), caseFile.incidents().stream().map(CaseDocumentData::incident).toList(),
                caseFile.timeline().stream()
                        .map(e -> new CaseSummaryData.Event(day(e.occurredAt()), e.summary(), e.actor()))
                        .toList(),
                referrals.ofCase(caseFile.id()).stream().map(CaseSummaries::referral).toList(),
                documents.list(caseFile.id()).stream()
                        .map(d -> new CaseSummaryData.Produced(words(d.type().name()), d.version(), day(d.createdAt())))
                        .toList());
    }

    private static CaseSummaryData.PartnerReferral referral(Referral referral) {
        return new CaseSummaryData.PartnerReferral(referral.partner().name(), words(referral.purpose()),
                words(referral.status().name()), day(referral.updatedAt()));
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, UK);
    }

    /** HIGH_RISK_CONFERENCE as "high risk conference". */
    static String words(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
