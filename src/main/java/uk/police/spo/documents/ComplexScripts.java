package uk.police.spo.documents;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a document's text needs FOP's complex-script features: the bidirectional algorithm and OpenType shaping and
 * mark positioning (Arabic joining, Hebrew right to left, a combining accent placed on its letter). Text in the
 * scripts below, without right-to-left characters, combining marks or joiners, is laid out the same without them;
 * anything else (a script not named here, a code point not assigned) is taken to need them.
 */
final class ComplexScripts {

    private static final Set<Character.UnicodeScript> SIMPLE = EnumSet.of(Character.UnicodeScript.COMMON,
            Character.UnicodeScript.LATIN, Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC,
            Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.BOPOMOFO, Character.UnicodeScript.HANGUL);

    private ComplexScripts() {
    }

    /** @param text the XSL-FO (its markup is ASCII and needs nothing) or any text of the document */
    static boolean needed(CharSequence text) {
        return text.codePoints().anyMatch(ComplexScripts::needs);
    }

    private static boolean needs(int codePoint) {
        if (codePoint < 0x80) {
            return false;
        }
        if (!SIMPLE.contains(Character.UnicodeScript.of(codePoint))) {
            return true;
        }
        return switch (Character.getDirectionality(codePoint)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                    Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_NONSPACING_MARK,
                    Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING, Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                    Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                    Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE, Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
                    Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> true;
            default -> false;
        };
    }
}
