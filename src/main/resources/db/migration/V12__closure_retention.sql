-- Closure and retention (Management of Police Information review). A closed case carries its outcome and the date
-- it comes up for review; past that date a supervisor may ask for it to be purged and an administrator (another
-- person) approves, which purges at once: a request is REQUESTED, then PURGED or REJECTED. The purge removes the
-- case with everything it owns and the engine's history of its processes.

alter table case_file add column closed_at timestamp;
alter table case_file add column closure_outcome varchar(40);
alter table case_file add column retention_review_on date;
create index ix_case_file_retention on case_file (status, retention_review_on);

-- The record that a case was purged outlives the case: no case_id and no foreign key, only the reference (which
-- identifies no person) and who asked, who decided and when.
create table retention_purge (
    id              varchar(36)   not null primary key,
    case_reference  varchar(20)   not null,
    status          varchar(10)   not null,
    requested_by    varchar(100)  not null,
    requested_at    timestamp     not null,
    decided_by      varchar(100),
    decided_at      timestamp,
    purged_at       timestamp,
    constraint ck_retention_purge_status check (status in ('REQUESTED', 'PURGED', 'REJECTED'))
);
create index ix_retention_purge_reference on retention_purge (case_reference, status);
