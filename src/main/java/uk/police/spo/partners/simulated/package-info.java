/**
 * Partners simulated on this machine, for the embedded default only ({@code spo.partners.simulated.enabled}): HTTP
 * receivers that check a referral's signature and acknowledge it, an SMTP server that keeps the court's mail, and a
 * staff page that shows what each partner received and answers back through the real inbound API as that partner.
 * Everything is kept in memory and gone on restart.
 */
package uk.police.spo.partners.simulated;
