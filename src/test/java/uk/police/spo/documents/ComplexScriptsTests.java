package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComplexScriptsTests {

    @ParameterizedTest
    @ValueSource(strings = {"<fo:block>Not to contact the person protected by this order</fo:block>",
            "Siân Llŷr Ffion Gwenllïan", "Zażółć gęślą jaźń, Łódź", "Ελένη Παπαδοπούλου", "Анна Смирнова",
            "王小明", "山田 花子", "김민준", "07700\u00a0900123 \u2013 \u201cquoted\u201d \u00a3 \u20ac \u2116",
            "very\u200Blong\u00ADword", "\uD83D\uDE00 \u2605"})
    void textInTheseScriptsNeedsNoComplexScripts(String text) {
        assertThat(ComplexScripts.needed(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"فاطمة الزهراء", "דוד כהן", "Name \u200F(right to left mark)", "\u202Eoverride",
            "decomposed e\u0301", "joiner \uD83D\uDC69\u200D\uD83D\uDC67", "emoji \u2764\uFE0F", "हिन्दी", "ไทย",
            "Arabic-Indic digits \u0661\u0662", "unassigned \u0378"})
    void rightToLeftShapedOrCombiningTextNeedsThem(String text) {
        assertThat(ComplexScripts.needed(text)).isTrue();
    }
}
