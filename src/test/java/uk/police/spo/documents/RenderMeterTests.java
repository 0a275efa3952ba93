package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** Each render is timed by type and outcome; a refusal by the victim-safe check is counted as refused. */
class RenderMeterTests {

    @Test
    void aRenderedAndARefusedDocumentAreEachTimedUnderTheirOutcome() {
        MeterRegistry meters = new SimpleMeterRegistry();
        DocumentRenderer renderer = new DocumentRenderer(new DocumentTemplates(), meters);
        assertThat(timer(meters, DocumentType.FULL_SPO, "rendered").count()).as("at zero from the start").isZero();

        renderer.render(DocumentSamples.fullOrder(), DocumentSamples.VICTIM);
        Function<DocumentType, String> leaky = type -> type == DocumentType.FULL_SPO
                ? "documents-test/leaks-phone-into-text.xsl" : type.template();
        DocumentRenderer leakyRenderer = new DocumentRenderer(new DocumentTemplates(leaky), meters);
        assertThatThrownBy(() -> leakyRenderer.render(DocumentSamples.fullOrder(), DocumentSamples.VICTIM))
                .isInstanceOf(VictimDetailsExposedException.class);

        Timer rendered = timer(meters, DocumentType.FULL_SPO, "rendered");
        assertThat(rendered.count()).isEqualTo(1);
        assertThat(rendered.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isPositive();
        assertThat(timer(meters, DocumentType.FULL_SPO, "refused").count()).isEqualTo(1);
        assertThat(timer(meters, DocumentType.FULL_SPO, "failed").count()).isZero();
        assertThat(timer(meters, DocumentType.INTERIM_SPO, "rendered").count()).isZero();
    }

    private static Timer timer(MeterRegistry meters, DocumentType type, String outcome) {
        return meters.get(RenderMeter.NAME).tag("type", type.name()).tag("outcome", outcome).timer();
    }

}
