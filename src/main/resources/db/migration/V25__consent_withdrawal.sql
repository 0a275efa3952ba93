-- A victim's withdrawal of their consent to referrals to a partner: who recorded it, when, for which partner. Kept
-- beside the answers on the referrals; the latest of them is the victim's consent (partners.RecordedConsent).
create table consent_withdrawal (
    id            varchar(36)  not null primary key,
    case_id       varchar(36)  not null,
    partner       varchar(20)  not null,
    withdrawn_at  timestamp(6) not null,
    recorded_by   varchar(100) not null,
    constraint fk_consent_withdrawal_case foreign key (case_id) references case_file (id) on delete cascade
);
create index ix_consent_withdrawal_case on consent_withdrawal (case_id, partner);
