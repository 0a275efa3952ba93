-- Delivery of referrals to partners (partners.delivery): the key the partner sees on every attempt and resend, the
-- attempts so far with the last one's time and outcome, the partner's acknowledgement, why a referral FAILED, and
-- when the victim's consent to it was recorded (an accepted offer; null for a referral on another basis).
alter table referral add column idempotency_key varchar(36) default '' not null;
update referral set idempotency_key = id;
alter table referral add column attempts int default 0 not null;
alter table referral add column last_attempt_at timestamp;
alter table referral add column last_outcome varchar(300);
alter table referral add column acknowledgement_id varchar(200);
alter table referral add column failure_reason varchar(300);
alter table referral add column consent_given_at timestamp;
