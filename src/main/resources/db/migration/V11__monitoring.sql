-- Monitoring of a served order: the defendant's notifications, periodic reviews, court applications to vary, renew
-- or discharge it, and breaches (a breach or a failure to notify is an offence recorded in its own right).
-- Rows go with their case and their order (on delete cascade). No personal data: details live in the case tables.

create table order_notification (
    id                  varchar(36)  not null primary key,
    case_id             varchar(36)  not null,
    order_id            varchar(36)  not null,
    notified_at         timestamp    not null,
    acknowledged_at     timestamp    not null,
    fingerprints_taken  boolean      not null,
    photographed        boolean      not null,
    constraint fk_order_notification_case foreign key (case_id) references case_file (id) on delete cascade,
    constraint fk_order_notification_order foreign key (order_id) references protective_order (id) on delete cascade
);
create index ix_order_notification_case on order_notification (case_id);

create table order_review (
    id              varchar(36)  not null primary key,
    case_id         varchar(36)  not null,
    order_id        varchar(36)  not null,
    reviewed_at     timestamp    not null,
    victim_contact  varchar(30)  not null,
    compliance      varchar(30)  not null,
    constraint fk_order_review_case foreign key (case_id) references case_file (id) on delete cascade,
    constraint fk_order_review_order foreign key (order_id) references protective_order (id) on delete cascade
);
create index ix_order_review_case on order_review (case_id);

create table order_court_application (
    id           varchar(36)  not null primary key,
    case_id      varchar(36)  not null,
    order_id     varchar(36)  not null,
    kind         varchar(20)  not null,
    applicant    varchar(20)  not null,
    granted      boolean      not null,
    decided_on   date         not null,
    recorded_at  timestamp    not null,
    constraint fk_order_court_application_case foreign key (case_id) references case_file (id) on delete cascade,
    constraint fk_order_court_application_order foreign key (order_id) references protective_order (id)
        on delete cascade
);
create index ix_order_court_application_case on order_court_application (case_id);

create table order_breach (
    id                varchar(36)  not null primary key,
    case_id           varchar(36)  not null,
    order_id          varchar(36)  not null,
    kind              varchar(20)  not null,
    reported_by       varchar(20),
    occurred_at       timestamp    not null,
    reported_at       timestamp    not null,
    crime_reference   varchar(30),
    action_taken      varchar(30),
    arrest_decision   varchar(30),
    charge_decision   varchar(30),
    risk_level        varchar(10),
    variation_needed  boolean,
    version           bigint       not null,
    constraint fk_order_breach_case foreign key (case_id) references case_file (id) on delete cascade,
    constraint fk_order_breach_order foreign key (order_id) references protective_order (id) on delete cascade
);
create index ix_order_breach_case on order_breach (case_id);
