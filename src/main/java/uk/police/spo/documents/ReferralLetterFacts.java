package uk.police.spo.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.police.spo.partners.ReferralLetterContent;

/**
 * A referral letter's record from the facts a referral releases (by dotted name, as the partner's allow-list names
 * them). It reads nothing else, so the letter can state no more than the referral's JSON.
 */
final class ReferralLetterFacts {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    /** The stalking screening questions (shared/domain.md), in the words a partner reads. */
    private static final Map<String, String> SCREENING = Map.of(
            "veryFrightened", "The victim is very frightened",
            "turnedUpUnannounced", "The suspect has turned up unannounced",
            "damagedProperty", "The suspect has damaged property",
            "followed", "The suspect has followed the victim",
            "threatenedViolence", "The suspect has threatened violence",
            "harassedOthers", "The suspect has harassed others close to the victim",
            "violentToOthers", "The suspect has been violent to others",
            "recruitedOthers", "The suspect has got others to help");

    private static final List<String> SCREENING_ORDER = List.of("veryFrightened", "turnedUpUnannounced",
            "damagedProperty", "followed", "threatenedViolence", "harassedOthers", "violentToOthers", "recruitedOthers");

    private final Map<String, Object> facts;

    private ReferralLetterFacts(Map<String, Object> facts) {
        this.facts = facts;
    }

    static ReferralLetterData data(ReferralLetterContent content, String policeForce) {
        return new ReferralLetterFacts(content.facts()).letter(content, policeForce);
    }

    private ReferralLetterData letter(ReferralLetterContent content, String policeForce) {
        return new ReferralLetterData(content.caseReference(), policeForce,
                ReferralLetterData.Addressee.valueOf(content.partner().name()), content.referralId(),
                words(content.kind()), ReferralLetterData.SharingBasis.valueOf(content.legalBasis().name()),
                LocalDate.ofInstant(content.sentAt(), UK), victim(), risk(), words(text("relationship")), incidents(),
                suspect(), breach());
    }

    private ReferralLetterData.Victim victim() {
        ReferralLetterData.SafeContact safeContact = allNull(text("victim.safeContact.method"),
                text("victim.safeContact.detail"), text("victim.safeContact.safeTimes"),
                facts.get("victim.safeContact.voicemailSafe")) ? null
                : new ReferralLetterData.SafeContact(words(text("victim.safeContact.method")),
                        text("victim.safeContact.detail"), text("victim.safeContact.safeTimes"),
                        bool("victim.safeContact.voicemailSafe"));
        if (allNull(text("victim.name"), text("victim.dateOfBirth"), text("victim.address"), safeContact)) {
            return null;
        }
        return new ReferralLetterData.Victim(text("victim.name"), date("victim.dateOfBirth"), text("victim.address"),
                safeContact);
    }

    private ReferralLetterData.Risk risk() {
        List<String> screening = screening();
        if (allNull(text("risk.level"), text("risk.classification"), facts.get("risk.immediateDanger"))
                && screening.isEmpty()) {
            return null;
        }
        return new ReferralLetterData.Risk(words(text("risk.level")), classification(text("risk.classification")),
                bool("risk.immediateDanger"), screening);
    }

    private List<String> screening() {
        if (!(facts.get("risk.screening") instanceof Map<?, ?> answers)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String question : SCREENING_ORDER) {
            if (answers.get(question) instanceof Boolean answer) {
                lines.add(SCREENING.get(question) + ": " + (answer ? "yes" : "no"));
            }
        }
        return lines;
    }

    private List<ReferralLetterData.IncidentLine> incidents() {
        if (!(facts.get("incidents") instanceof List<?> incidents)) {
            return List.of();
        }
        List<ReferralLetterData.IncidentLine> lines = new ArrayList<>();
        for (Object incident : incidents) {
            if (incident instanceof Map<?, ?> fields) {
                Object occurredOn = fields.get("occurredOn");
                Object behaviour = fields.get("behaviour");
                lines.add(new ReferralLetterData.IncidentLine(occurredOn == null ? null : LocalDate.parse(occurredOn.toString()),
                        behaviour == null ? "conduct" : words(behaviour.toString())));
            }
        }
        return lines;
    }

    private ReferralLetterData.Suspect suspect() {
        List<String> accounts = facts.get("suspect.onlineAccounts") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
        if (allNull(text("suspect.name"), text("suspect.dateOfBirth"), text("suspect.description"),
                text("suspect.address")) && accounts.isEmpty()) {
            return null;
        }
        return new ReferralLetterData.Suspect(text("suspect.name"), date("suspect.dateOfBirth"),
                text("suspect.description"), text("suspect.address"), accounts);
    }

    private ReferralLetterData.Breach breach() {
        String occurredAt = text("breach.occurredAt");
        String reportedBy = text("breach.reportedBy");
        if (allNull(occurredAt, reportedBy)) {
            return null;
        }
        return new ReferralLetterData.Breach(
                occurredAt == null ? null : WHEN.format(Instant.parse(occurredAt).atZone(UK)), words(reportedBy));
    }

    private String text(String field) {
        Object value = facts.get(field);
        return value == null ? null : value.toString();
    }

    private LocalDate date(String field) {
        String value = text(field);
        return value == null ? null : LocalDate.parse(value);
    }

    private Boolean bool(String field) {
        return facts.get(field) instanceof Boolean value ? value : null;
    }

    private static boolean allNull(Object... values) {
        for (Object value : values) {
            if (value != null) {
                return false;
            }
        }
        return true;
    }

    /** STALKING_8Q as "stalking (Home Office counting rules 8Q)"; another code in words. */
    private static String classification(String code) {
        if (code == null) {
            return null;
        }
        int underscore = code.lastIndexOf('_');
        if (underscore > 0 && code.substring(underscore + 1).matches("\\d+[A-Z]")) {
            return words(code.substring(0, underscore)) + " (Home Office counting rules " + code.substring(underscore + 1) + ")";
        }
        return words(code);
    }

    private static String words(String code) {
        return code == null ? null : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
