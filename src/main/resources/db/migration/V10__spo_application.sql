-- The force's application for a Stalking Protection Order: the decision to apply (the three-part test), the drafted
-- prohibitions and requirements, legal review, lodging and every hearing until the court decides (or the Crown Court on
-- appeal). Orders the court grants are protective_order rows (V7). Rows go with their case (on delete cascade).

create table spo_application (
    id                      varchar(36)   not null primary key,
    case_id                 varchar(36)   not null,
    status                  varchar(20)   not null,
    acts_associated         boolean       not null,
    acts_reasoning          varchar(2000) not null,
    risk_associated         boolean       not null,
    risk_reasoning          varchar(2000) not null,
    order_necessary         boolean       not null,
    necessity_reasoning     varchar(2000) not null,
    youth_court             boolean       not null,
    interim_wanted          boolean       not null,
    duration_years          integer,
    until_further_order     boolean       not null,
    send_back_reasons       varchar(2000),
    appeal_reasoning        varchar(2000),
    lodged_at               timestamp,
    decided_at              timestamp     not null,
    version                 bigint        not null,
    constraint fk_spo_application_case foreign key (case_id) references case_file (id) on delete cascade
);
create index ix_spo_application_case on spo_application (case_id);

create table spo_draft_term (
    id              varchar(36)   not null primary key,
    application_id  varchar(36)   not null,
    position        integer       not null,
    kind            varchar(20)   not null,
    wording         varchar(2000) not null,
    necessity       varchar(2000) not null,
    constraint fk_spo_draft_term_application foreign key (application_id) references spo_application (id)
        on delete cascade
);
create index ix_spo_draft_term_application on spo_draft_term (application_id);

create table spo_hearing (
    id              varchar(36)  not null primary key,
    application_id  varchar(36)  not null,
    position        integer      not null,
    kind            varchar(10)  not null,
    hearing_on      date         not null,
    outcome         varchar(20),
    recorded_at     timestamp    not null,
    constraint fk_spo_hearing_application foreign key (application_id) references spo_application (id)
        on delete cascade
);
create index ix_spo_hearing_application on spo_hearing (application_id);
