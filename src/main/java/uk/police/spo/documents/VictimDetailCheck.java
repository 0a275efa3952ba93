package uk.police.spo.documents;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Proves that none of the victim's contact values is in a document, whatever the template did.
 * Values are compared as letters and digits only, so "07700 900123", "07700-900123" and a line break
 * inside an address still match. An address is also looked for by its postcode and by each of its lines
 * that holds a number and some length ("41 Quillfeather Row"): those point at the victim's door, whereas a
 * town, or "Flat 3", does not.
 */
final class VictimDetailCheck {

    private static final int SHORTEST_MATCH = 5;
    private static final int SHORTEST_ADDRESS_LINE = 8;
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESS_PARTS = Pattern.compile("[,;\\n]");
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>");
    private static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE);

    private record Needle(String detail, String exact, List<String> forms) {
    }

    private final List<Needle> needles = new ArrayList<>();

    VictimDetailCheck(VictimContacts victim) {
        if (victim.address() != null) {
            needles.add(new Needle("address", victim.address().strip(), addressForms(victim.address())));
        }
        if (victim.phone() != null) {
            needles.add(new Needle("phone", victim.phone().strip(), phoneForms(victim.phone())));
        }
        if (victim.email() != null) {
            needles.add(new Needle("email", victim.email().strip(), formsOf(List.of(victim.email()))));
        }
    }

    void inXml(String stage, byte[] xml) {
        String text = MARKUP.matcher(new String(xml, StandardCharsets.UTF_8)).replaceAll(" ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
        inText(stage, text);
    }

    void inText(String stage, String text) {
        String haystack = normalise(text);
        for (Needle needle : needles) {
            for (String form : needle.forms()) {
                if (haystack.contains(form)) {
                    throw new VictimDetailsExposedException(needle.detail(), stage);
                }
            }
        }
    }

    /** The PDF as stored: uncompressed strings and metadata in any of the encodings PDF text uses. */
    void inBytes(String stage, byte[] bytes) {
        for (Needle needle : needles) {
            if (needle.exact().isEmpty()) {
                continue;
            }
            for (Charset encoding : ENCODINGS) {
                if (indexOf(bytes, needle.exact().getBytes(encoding)) >= 0) {
                    throw new VictimDetailsExposedException(needle.detail(), stage);
                }
            }
        }
    }

    private static List<String> addressForms(String address) {
        List<String> values = new ArrayList<>();
        values.add(address);
        for (String line : ADDRESS_PARTS.split(address)) {
            if (line.chars().anyMatch(Character::isDigit) && normalise(line).length() >= SHORTEST_ADDRESS_LINE) {
                values.add(line);
            }
        }
        POSTCODE.matcher(address).results().forEach(postcode -> values.add(postcode.group()));
        return formsOf(values);
    }

    private static List<String> phoneForms(String phone) {
        String digits = phone.replaceAll("\\D", "");
        List<String> values = new ArrayList<>(List.of(digits));
        if (digits.startsWith("44")) {
            values.add("0" + digits.substring(2));
        } else if (digits.startsWith("0")) {
            values.add("44" + digits.substring(1));
        }
        return formsOf(values);
    }

    private static List<String> formsOf(List<String> values) {
        return values.stream().map(VictimDetailCheck::normalise)
                .filter(form -> form.length() >= SHORTEST_MATCH).distinct().toList();
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
