package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBreakOpportunitiesTests {

    private static final String ZWSP = "\u200B";

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "He waited outside her workplace on nine mornings.";

        assertThat(LineBreakOpportunities.withBreaks(text)).isSameAs(text);
    }

    @Test
    void breaksARunLongerThanThirtyCharactersEveryThirty() {
        String broken = LineBreakOpportunities.withBreaks("a".repeat(65));

        assertThat(broken).isEqualTo("a".repeat(30) + ZWSP + "a".repeat(30) + ZWSP + "a".repeat(5));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String broken = LineBreakOpportunities.withBreaks("😀".repeat(31));

        assertThat(broken).isEqualTo("😀".repeat(30) + ZWSP + "😀");
    }
}
