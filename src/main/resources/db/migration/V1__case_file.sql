-- The case file: one row per stalking or harassment case, with the people and incidents reported.
-- Portable SQL: the same script runs on H2 (embedded default), MySQL 8 and MariaDB 10.11.

create table case_reference_counter (
    ref_year   integer not null primary key,
    last_value integer not null
);

create table case_file (
    id                        varchar(36)  not null primary key,
    reference                 varchar(20)  not null,
    status                    varchar(30)  not null,
    reporter_type             varchar(20)  not null,
    immediate_danger          boolean      not null,
    relationship              varchar(20)  not null,
    consent_partner_referral  boolean      not null,
    received_at               timestamp    not null,
    version                   bigint       not null,
    constraint uq_case_file_reference unique (reference)
);

create table case_person (
    id                      varchar(36)   not null primary key,
    case_id                 varchar(36)   not null,
    role                    varchar(20)   not null,
    name                    varchar(200),
    date_of_birth           date,
    address                 varchar(500),
    phone                   varchar(50),
    email                   varchar(254),
    description             varchar(2000),
    relationship_to_victim  varchar(100),
    online_accounts         varchar(2000),
    safe_contact_method     varchar(10),
    safe_times              varchar(200),
    voicemail_safe          boolean,
    constraint fk_case_person_case foreign key (case_id) references case_file (id)
);
create index ix_case_person_case on case_person (case_id);

create table case_incident (
    id           varchar(36)   not null primary key,
    case_id      varchar(36)   not null,
    position     integer       not null,
    occurred_on  date,
    behaviour    varchar(30)   not null,
    location     varchar(500),
    description  varchar(4000),
    constraint fk_case_incident_case foreign key (case_id) references case_file (id)
);
create index ix_case_incident_case on case_incident (case_id);

create table case_timeline_entry (
    id           varchar(36)   not null primary key,
    case_id      varchar(36)   not null,
    occurred_at  timestamp     not null,
    kind         varchar(40)   not null,
    summary      varchar(500)  not null,
    actor        varchar(100)  not null,
    constraint fk_case_timeline_case foreign key (case_id) references case_file (id)
);
create index ix_case_timeline_case on case_timeline_entry (case_id, occurred_at);
