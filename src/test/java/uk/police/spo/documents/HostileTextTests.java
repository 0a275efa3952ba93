package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.spo.documents.SpoOrderData.Kind;

/** Whatever a report or an officer typed renders as the same text, never as markup and never as '#'. */
class HostileTextTests {

    private static final String MARKUP = "</fo:block><fo:block color=\"red\">Injected</fo:block> <script>alert('x')</script> ]]> &amp; <!-- -->";
    private static final String LONG_WORD = "Stalk".repeat(2_000);
    private static final String WELSH = "Gwenllian ap Rhŷs Ŵyn";
    private static final String POLISH = "Łukasz Żółkiewski-Gęślą";
    private static final String ARABIC = "محمد عبد الله";
    private static final String HEBREW = "דוד כהן";
    private static final String CHINESE = "王小明 張偉";
    private static final String EMOJI = "😀 👍 ❤";
    private static final String MIXED_DIRECTION = "He wrote שלום and مرحبا in one message";

    private static DocumentRenderer renderer;

    @BeforeAll
    static void renderer() {
        renderer = new DocumentRenderer();
    }

    @Test
    void markupInReportTextIsPrintedAsText() {
        String text = render(application(MARKUP, List.of(MARKUP)));

        assertThat(text).contains("</fo:block><fo:block color=\"red\">Injected</fo:block>", "<script>alert('x')</script>",
                "]]>", "&amp; <!-- -->");
    }

    @Test
    void aTenThousandCharacterWordWrapsAndLosesNothing() {
        byte[] pdf = renderer.render(application("Before " + LONG_WORD + " after.", List.of()), DocumentSamples.VICTIM).pdf();

        String bodyText = PdfText.of(pdf).replaceAll("OFFICIAL-SENSITIVE|Case reference SH-\\d{4}-\\d{6}|Page \\d+ of \\d+| ", "");
        assertThat(bodyText).contains(LONG_WORD);
        assertThat(PdfText.pages(pdf)).hasSizeGreaterThan(1);
    }

    @Test
    void namesInEveryScriptRenderAsText() {
        Defendant defendant = new Defendant(WELSH, List.of(POLISH, ARABIC, HEBREW, CHINESE), null, null);
        SpoOrderData order = new SpoOrderData(Kind.FULL, DocumentSamples.REFERENCE, DocumentSamples.FORCE,
                DocumentSamples.COURT, DocumentSamples.MADE_ON, defendant, DocumentSamples.terms(),
                OrderPeriod.untilFurtherOrder(DocumentSamples.MADE_ON), null);

        String text = PdfText.of(renderer.render(order, DocumentSamples.VICTIM).pdf());

        assertThat(text).contains(WELSH, POLISH, CHINESE).doesNotContain("#");
        assertThat(text).containsAnyOf(ARABIC, reversedWords(ARABIC));
        assertThat(text).containsAnyOf(HEBREW, reversedWords(HEBREW));
    }

    @Test
    void emojiAndMixedDirectionTextRenderAsText() {
        String text = render(application(MIXED_DIRECTION + " " + EMOJI, List.of(EMOJI)));

        assertThat(text).contains("😀", "👍", "❤").contains("He wrote").contains("in one message").doesNotContain("#");
    }

    private static String render(DocumentData data) {
        return PdfText.of(renderer.render(data, DocumentSamples.VICTIM).pdf());
    }

    private static SpoApplicationData application(String complaint, List<String> evidence) {
        return new SpoApplicationData(DocumentSamples.REFERENCE, DocumentSamples.FORCE, "Hertfordshire", DocumentSamples.MADE_ON,
                DocumentSamples.defendant(), complaint, new StalkingTest("Acts.", "Risk.", "Necessity."), evidence,
                DocumentSamples.terms(), false, null, null);
    }

    /** Text extraction may give right-to-left words in visual order; either order proves the glyphs are text. */
    private static String reversedWords(String text) {
        return new StringBuilder(text).reverse().toString();
    }
}
