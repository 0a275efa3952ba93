package uk.police.spo.documents;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.police.spo.partners.LegalBasis;
import uk.police.spo.partners.ReferralLetterContent;
import uk.police.spo.partners.ReferralPartner;

/**
 * Renders each partner's referral letter once from made-up facts, on a thread of its own as soon as the application
 * is ready: nothing is stored, sent or counted in the render metrics. A send task renders its letter inside its job,
 * and the first renders in a fresh JVM load FOP's and PDFBox's classes and fonts and run uncompiled code: 30 referrals
 * screened at once just after a start reached MARAC p95 9.8 s, and the next 30 on the same node p95 0.9 s (MariaDB,
 * load average 8, 2026-12-03), the first letters holding the job executor's threads.
 */
@Component
class DocumentWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DocumentWarmUp.class);

    private final DocumentRenderer renderer;

    private final DocumentProperties properties;

    DocumentWarmUp(DocumentRenderer renderer, DocumentProperties properties) {
        this.renderer = renderer;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUpInTheBackground() {
        Thread thread = new Thread(this::warmUp, "document-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The number of letters rendered. */
    int warmUp() {
        int rendered = 0;
        for (ReferralPartner partner : ReferralLetterDocuments.ADDRESSEES) {
            ReferralLetterContent content = new ReferralLetterContent("warm-up", new UUID(0, 0), "SH-0000-000000",
                    partner, "WARM_UP", partner == ReferralPartner.MARAC ? LegalBasis.MARAC_HIGH_RISK : LegalBasis.CONSENT,
                    Instant.now(), Map.of("risk.level", "HIGH", "relationship", "EX_PARTNER"));
            try {
                renderer.renderUncounted(ReferralLetterFacts.data(content, properties.policeForce()),
                        VictimContacts.noneRecorded());
                rendered++;
            }
            catch (RuntimeException e) {
                log.warn("The warm-up render of the {} letter failed ({}); the first real one will be slower", partner,
                        e.getClass().getName());
            }
        }
        return rendered;
    }

}
