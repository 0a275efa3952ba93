-- Free-text notes officers write in task forms (why harassment only, the safeguarding note, the closure note ...).
-- They belong to the case record, not to process variables or the engine's history. The body is encrypted like the
-- victim's contact details (AES-GCM, "v1:<keyId>:<base64>"): 2000 characters of up to 4 bytes each -> 10700.
create table case_note (
    id          varchar(36)    not null primary key,
    case_id     varchar(36)    not null,
    task_key    varchar(100)   not null,
    field       varchar(60)    not null,
    body        varchar(10700) not null,
    written_by  varchar(100)   not null,
    written_at  timestamp      not null,
    constraint fk_case_note_case foreign key (case_id) references case_file (id) on delete cascade
);
create index ix_case_note_case on case_note (case_id, written_at);
