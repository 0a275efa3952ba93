package uk.police.spo.documents;

/** The three conditions of Stalking Protection Act 2019 s.2(1), each with the facts relied on. */
public record StalkingTest(String actsAssociatedWithStalking, String riskAssociatedWithStalking, String necessity) {
}
