package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentRendererTests {

    private static DocumentRenderer renderer;

    @BeforeAll
    static void renderer() {
        renderer = new DocumentRenderer();
    }

    @Test
    void rendersOnTwoThreadsAtOnceFromTheOneFactory() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RenderedDocument>> documents = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                DocumentData data = DocumentSamples.everyType().get(i % 7);
                documents.add(pool.submit(() -> renderer.render(data, DocumentSamples.VICTIM)));
            }
            for (Future<RenderedDocument> document : documents) {
                assertThat(new String(document.get().pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theSameDataGivesTheSameText() {
        RenderedDocument first = renderer.render(DocumentSamples.fullOrder(), DocumentSamples.VICTIM);
        RenderedDocument second = renderer.render(DocumentSamples.fullOrder(), DocumentSamples.VICTIM);

        assertThat(PdfText.of(second.pdf())).isEqualTo(PdfText.of(first.pdf()));
        assertThat(first.sha256()).hasSize(64);
    }

    @Test
    void refusesACharacterNoPackagedFontCanShow() {
        Defendant defendant = new Defendant("Ⰰⰱⰲ Glagolitic", null, null, null);
        SpoOrderData order = new SpoOrderData(SpoOrderData.Kind.FULL, DocumentSamples.REFERENCE, null, null,
                DocumentSamples.MADE_ON, defendant, DocumentSamples.terms(), OrderPeriod.untilFurtherOrder(DocumentSamples.MADE_ON), null);

        assertThatThrownBy(() -> renderer.render(order, DocumentSamples.VICTIM))
                .isInstanceOf(DocumentRenderingException.class).hasMessageContaining("U+2C00");
    }

    @Test
    void noTemplateEverTurnsOffOutputEscaping() throws IOException {
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/documents"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".xsl")).toList()) {
                assertThat(Files.readString(template)).as(template.toString()).doesNotContain("disable-output-escaping");
            }
        }
    }
}
