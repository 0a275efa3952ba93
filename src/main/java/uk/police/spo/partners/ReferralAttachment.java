package uk.police.spo.partners;

/** One document attached to a referral. */
public record ReferralAttachment(String fileName, String mediaType, byte[] content) {

}
