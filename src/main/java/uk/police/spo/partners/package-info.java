/**
 * The partner agencies (court, MARAC, housing, advocacy): their inbound messages ({@code /api/partners/...}) in the
 * published contract's words ({@code openapi/partners-inbound.yaml}), translated in one place
 * ({@link uk.police.spo.partners.PartnerMessageTypes}) to the processes' messages, refused ones kept for supervisors,
 * answers to referrals; the referral rows that triage, orders and breach handling queue, and their delivery
 * (sub-package {@code delivery}): each referral sent by a send task of its process through its partner's Camel route
 * (integration/), with only the fields that partner's allow-list names. Other modules tell what a referral is about
 * ({@link uk.police.spo.partners.ReferralSubject}) and what goes with it
 * ({@link uk.police.spo.partners.ReferralAttachments}). In the embedded default only, simulated partners run on this
 * machine (package {@code simulated}).
 */
@ApplicationModule(displayName = "Partners")
package uk.police.spo.partners;

import org.springframework.modulith.ApplicationModule;
