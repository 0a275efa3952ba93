-- Documents produced for a case (documents.CaseDocuments): the PDF itself, its SHA-256 and a version counted per case
-- and type. The bytes live in the row, not on disk, so a document commits or rolls back with the process step that
-- made it, every node of a cluster reads the same copy, and the case's purge takes it (on delete cascade).
-- longblob holds up to 4 GB on MariaDB/MySQL (blob stops at 64 KB); H2 reads it as BLOB.
create table case_document (
    id          varchar(36)  not null primary key,
    case_id     varchar(36)  not null,
    type        varchar(40)  not null,
    version     int          not null,
    sha256      char(64)     not null,
    size_bytes  bigint       not null,
    media_type  varchar(60)  not null,
    content     longblob     not null,
    created_at  timestamp(6) not null,
    created_by  varchar(100) not null,
    constraint uq_case_document_version unique (case_id, type, version),
    constraint fk_case_document_case foreign key (case_id) references case_file (id) on delete cascade
);
create index ix_case_document_case on case_document (case_id, created_at);
