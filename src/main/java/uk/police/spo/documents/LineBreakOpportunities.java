package uk.police.spo.documents;

/**
 * FOP cannot break a word that is wider than the page, so a 10,000-character "word" from a report would run
 * off the edge. Runs of more than {@value #LONGEST_RUN} characters without a space get a zero-width space
 * (U+200B) after every {@value #LONGEST_RUN}: an invisible line-break opportunity that adds no content.
 * Counting is by code point, so a pair of surrogates (an emoji) is never split.
 */
final class LineBreakOpportunities {

    static final int LONGEST_RUN = 30;
    static final char ZERO_WIDTH_SPACE = '\u200B';

    private LineBreakOpportunities() {
    }

    static String withBreaks(String text) {
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || codePoint == ZERO_WIDTH_SPACE) {
                run = 0;
            } else if (++run > LONGEST_RUN) {
                if (out == null) {
                    out = new StringBuilder(text.length() + text.length() / LONGEST_RUN).append(text, 0, i);
                }
                out.append(ZERO_WIDTH_SPACE);
                run = 1;
            }
            if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }
}
