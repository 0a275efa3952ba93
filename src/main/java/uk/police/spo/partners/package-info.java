/**
 * The partner agencies (court, MARAC, housing, advocacy): their inbound messages ({@code /api/partners/...}) in the
 * published contract's words ({@code openapi/partners-inbound.yaml}), translated in one place
 * ({@link uk.police.spo.partners.PartnerMessageTypes}) to the processes' messages, refused ones kept for supervisors,
 * answers to referrals; the referral rows that triage, orders and breach handling queue; and, in the embedded default
 * only, simulated partners on this machine (package {@code simulated}).
 */
@ApplicationModule(displayName = "Partners")
package uk.police.spo.partners;

import org.springframework.modulith.ApplicationModule;
