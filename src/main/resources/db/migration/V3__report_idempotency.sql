-- The first answer given to each Idempotency-Key, kept for a day so that a client's retry creates nothing new.
-- Written in the same transaction as the case: if the report fails, the key is free to be used again.
create table report_idempotency (
    idem_key      varchar(100) not null primary key,
    request_hash  varchar(64)  not null,
    reference     varchar(20)  not null,
    received_at   timestamp    not null,
    created_at    timestamp    not null
);
create index ix_report_idempotency_created on report_idempotency (created_at);
