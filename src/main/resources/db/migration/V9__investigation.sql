-- The investigation's record: what officers did about the suspect and the charge (investigation_action), and the
-- evidence log (evidence_item). An item's file lies on disk under spo.investigation.evidence.directory, named by the
-- item's id; the row keeps its sniffed type, size and SHA-256. The uploader's file name is not kept (it may name
-- people): file_label is generated. Rows go with their case (on delete cascade).

create table investigation_action (
    id           varchar(36)   not null primary key,
    case_id      varchar(36)   not null,
    kind         varchar(30)   not null,
    outcome      varchar(200)  not null,
    reason       varchar(2000),
    recorded_by  varchar(100)  not null,
    recorded_at  timestamp     not null,
    constraint fk_investigation_action_case foreign key (case_id) references case_file (id) on delete cascade
);
create index ix_investigation_action_case on investigation_action (case_id, recorded_at);

create table evidence_item (
    id            varchar(36)   not null primary key,
    case_id       varchar(36)   not null,
    kind          varchar(20)   not null,
    description   varchar(2000) not null,
    file_label    varchar(40)   not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    recorded_by   varchar(100)  not null,
    recorded_at   timestamp     not null,
    constraint fk_evidence_item_case foreign key (case_id) references case_file (id) on delete cascade
);
create index ix_evidence_item_case on evidence_item (case_id, recorded_at);
