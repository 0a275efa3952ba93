package uk.police.spo.documents;

import java.time.LocalDate;
import java.util.List;
import uk.police.spo.documents.NotificationAcknowledgementData.Reason;
import uk.police.spo.documents.NotificationNoticeData.OrderKind;
import uk.police.spo.documents.OrderChangeData.Change;
import uk.police.spo.documents.SpoOrderData.Kind;

/**
 * One case's documents. The victim's contact values are unique strings that the case holds but that no
 * document's data holds, so finding any of them in a PDF can only mean a leak.
 */
final class DocumentSamples {

    static final String REFERENCE = "SH-2026-000417";
    static final String FORCE = "Hertfordshire Constabulary";
    static final String COURT = "Hertfordshire Magistrates' Court sitting at Stevenage";
    static final VictimContacts VICTIM = new VictimContacts(
            "Flat 3, 41 Quillfeather Row, Marlbury MB7 9QZ", "07700 913572", "robin.q7vict@example.org");

    static final LocalDate MADE_ON = LocalDate.of(2026, 3, 9);
    static final LocalDate SERVED_ON = LocalDate.of(2026, 3, 10);

    private DocumentSamples() {
    }

    static Defendant defendant() {
        return new Defendant("Dylan Ashcombe", List.of("Dyl Ash", "D. Combe"), LocalDate.of(1991, 6, 2),
                "12 Orchard Lane, Hitchin SG4 0AA");
    }

    static Terms terms() {
        return new Terms(
                List.of(new OrderTerm("Contact the protected person directly or through anyone else, by any means.",
                                "He sent 140 messages in six weeks and asked her friends to pass on others."),
                        new OrderTerm("Enter the area shown edged red on the map attached to this order.",
                                "He waited outside her workplace on nine mornings."),
                        new OrderTerm("Mention the protected person on any social media.",
                                "He posted photographs of her with comments on three platforms.")),
                List.of(new OrderTerm("Attend and complete a stalking perpetrator intervention programme.",
                        "Treatment addresses the fixation behind the behaviour.")));
    }

    static SpoApplicationData application(Defendant defendant) {
        return new SpoApplicationData(REFERENCE, FORCE, "Hertfordshire", MADE_ON.minusDays(14), defendant,
                "Between October 2025 and February 2026 the defendant repeatedly contacted, followed and watched a former partner.",
                new StalkingTest("Repeated unwanted messages, following and loitering near her workplace.",
                        "The messages escalated to threats; she is very frightened and has changed her routine.",
                        "Warnings and a police information notice did not stop him; only an order with these terms will."),
                List.of("Statement of the protected person, 14 pages.", "Download of 140 messages.",
                        "CCTV stills from nine mornings outside her workplace."),
                terms(), true, null, SpoApplicationData.AreaConnection.LIVES_IN_AREA);
    }

    static SpoOrderData interim() {
        return new SpoOrderData(Kind.INTERIM, REFERENCE, FORCE, COURT, MADE_ON.minusDays(10), defendant(), terms(),
                new OrderPeriod(MADE_ON.minusDays(10), MADE_ON.plusDays(60)), null);
    }

    static SpoOrderData fullOrder() {
        return new SpoOrderData(Kind.FULL, REFERENCE, FORCE, COURT, MADE_ON, defendant(), terms(),
                new OrderPeriod(MADE_ON, MADE_ON.plusYears(2)), null);
    }

    /** A full order whose defendant's name needs FOP's complex scripts: Arabic, Hebrew and a combining accent. */
    static SpoOrderData fullOrderInComplexScripts() {
        return new SpoOrderData(Kind.FULL, REFERENCE, FORCE, COURT, MADE_ON,
                new Defendant("\u0641\u0627\u0637\u0645\u0629 \u05d3\u05d5\u05d3 Rene\u0301e", List.of(),
                        LocalDate.of(1991, 6, 2), "12 Orchard Lane, Hitchin SG4 0AA"),
                terms(), new OrderPeriod(MADE_ON, MADE_ON.plusYears(2)), null);
    }

    static NotificationNoticeData notice() {
        return new NotificationNoticeData(REFERENCE, FORCE, defendant(), OrderKind.SPO, COURT, MADE_ON, SERVED_ON,
                List.of("Stevenage Police Station, Lytton Way, Stevenage SG1 1HF", "Hatfield Police Station, Comet Way, Hatfield AL10 9SJ"));
    }

    static NotificationAcknowledgementData acknowledgement() {
        return new NotificationAcknowledgementData(REFERENCE, FORCE, "Dylan Ashcombe", Reason.ORDER_SERVED,
                SERVED_ON.plusDays(1), "Stevenage Police Station", List.of("Dylan Ashcombe"), List.of("Dyl Ash", "D. Combe"),
                "12 Orchard Lane, Hitchin SG4 0AA", "PC 4471 Morgan", true, false);
    }

    static OrderChangeData variation() {
        return new OrderChangeData(REFERENCE, FORCE, COURT, MADE_ON.plusMonths(8), defendant(), Change.VARIATION,
                "the chief officer of police", MADE_ON, terms(), new OrderPeriod(MADE_ON, MADE_ON.plusYears(3)), "Hertfordshire");
    }

    static OrderChangeData discharge() {
        return new OrderChangeData(REFERENCE, FORCE, COURT, MADE_ON.plusYears(1), defendant(), Change.DISCHARGE,
                "the defendant", MADE_ON, null, null, null);
    }

    static BreachSummaryData breachSummary() {
        return new BreachSummaryData(REFERENCE, FORCE, defendant(), "Stalking Protection Order", MADE_ON, SERVED_ON,
                null, terms(), List.of(new BreachSummaryData.Offence("Breach of the order (section 8)",
                        SERVED_ON.plusDays(20), SERVED_ON.plusDays(21), "officer", "41/12345/26",
                        null, "arrested", "charged", "high")));
    }

    static CaseSummaryData caseSummary() {
        return new CaseSummaryData(REFERENCE, FORCE, "North Hertfordshire", MADE_ON.minusDays(40), SERVED_ON,
                "order in force", "stalking", "high", "ex partner", true, List.of("following on 1 February 2026"),
                List.of(new CaseSummaryData.Event(MADE_ON.minusDays(40), "Report received from VICTIM", "public"),
                        new CaseSummaryData.Event(MADE_ON, "Full SPO granted", "legal")),
                List.of(new CaseSummaryData.PartnerReferral("MARAC", "high risk conference", "sent", MADE_ON.minusDays(39))),
                List.of(new CaseSummaryData.Produced("full spo", 1, MADE_ON)));
    }

    /** A referral letter with every part a partner could be given; the victim's values are not {@link #VICTIM}'s. */
    static ReferralLetterData letter(ReferralLetterData.Addressee addressee) {
        ReferralLetterData.SharingBasis basis = addressee == ReferralLetterData.Addressee.MARAC
                ? ReferralLetterData.SharingBasis.MARAC_HIGH_RISK : ReferralLetterData.SharingBasis.CONSENT;
        return new ReferralLetterData(REFERENCE, FORCE, addressee, "3f2c8a4e-6b1d-4c57-9a0e-2d7b5e8f1a93",
                "high risk conference", basis, MADE_ON,
                new ReferralLetterData.Victim("Robin Ellery", LocalDate.of(1993, 4, 17), "22 Linden Close, Marlbury MB2 4XY",
                        new ReferralLetterData.SafeContact("phone", "07700 900555", "weekdays after 6pm", false)),
                new ReferralLetterData.Risk("high", "stalking (Home Office counting rules 8Q)", true,
                        List.of("The victim is very frightened: yes", "The suspect has followed the victim: yes")),
                "ex partner", List.of(new ReferralLetterData.IncidentLine(MADE_ON.minusDays(30), "following"),
                        new ReferralLetterData.IncidentLine(null, "contact")),
                new ReferralLetterData.Suspect("Dylan Ashcombe", LocalDate.of(1991, 6, 2), "tall, grey van",
                        "12 Orchard Lane, Hitchin SG4 0AA", List.of("@dyl_watcher")),
                new ReferralLetterData.Breach("28 November 2026 at 21:40", "housing"));
    }

    static List<DocumentData> letters() {
        return java.util.Arrays.stream(ReferralLetterData.Addressee.values()).map(a -> (DocumentData) letter(a)).toList();
    }

    /** The defendant's documents, the supervisors' case summary and the partners' referral letters. */
    static List<DocumentData> everyKind() {
        return java.util.stream.Stream.<java.util.stream.Stream<DocumentData>>of(everyType().stream(),
                java.util.stream.Stream.of(caseSummary()), letters().stream()).flatMap(s -> s).toList();
    }

    static List<DocumentData> everyType() {
        return List.of(application(defendant()), interim(), fullOrder(), notice(), acknowledgement(), variation(), discharge(),
                breachSummary());
    }
}
