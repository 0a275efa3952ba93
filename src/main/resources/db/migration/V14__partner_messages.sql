-- Messages partners send in: every message id once per partner (a repeat is acknowledged and ignored); refused ones
-- are kept, with the reason, for a supervisor to see. The body is encrypted like victims' contact details.
create table partner_message (
    id              varchar(36)   not null primary key,
    partner         varchar(20)   not null,
    message_id      varchar(100)  not null,
    case_reference  varchar(20),
    message_type    varchar(40)   not null,
    status          varchar(20)   not null,
    reason          varchar(500),
    body            varchar(8000),
    received_at     timestamp     not null,
    constraint uq_partner_message unique (partner, message_id)
);
create index ix_partner_message_status on partner_message (status, received_at);
