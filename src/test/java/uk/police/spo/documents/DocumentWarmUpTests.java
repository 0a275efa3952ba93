package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class DocumentWarmUpTests {

    @Test
    void rendersEveryPartnersLetterWithoutCountingThemAsRenders() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        DocumentRenderer renderer = new DocumentRenderer(new DocumentTemplates(), meters);

        int rendered = new DocumentWarmUp(renderer, new DocumentProperties("Test Constabulary", List.of())).warmUp();

        assertThat(rendered).isEqualTo(ReferralLetterDocuments.ADDRESSEES.size());
        assertThat(meters.find(RenderMeter.NAME).timers()).allSatisfy(timer -> assertThat(timer.count()).isZero());
    }

}
