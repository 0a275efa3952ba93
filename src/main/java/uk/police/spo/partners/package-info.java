/**
 * The partner agencies (court, MARAC, housing, advocacy): their inbound messages ({@code /api/partners/...}),
 * translated to the processes' messages, refused ones kept for supervisors; and the referral rows that triage, orders
 * and breach handling queue. Nothing delivers a referral yet: outbound delivery comes to this module next.
 */
@ApplicationModule(displayName = "Partners")
package uk.police.spo.partners;

import org.springframework.modulith.ApplicationModule;
