package uk.police.spo.documents;

/**
 * The victim's contact values as the case holds them. They never go into a document's data; the renderer
 * is given them only to prove that a defendant's document does not contain them. Any may be null.
 */
public record VictimContacts(String address, String phone, String email) {

    public static VictimContacts noneRecorded() {
        return new VictimContacts(null, null, null);
    }

    @Override
    public String toString() {
        return "VictimContacts[withheld]";
    }
}
