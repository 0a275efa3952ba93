-- The audit log of Data Protection Act 2018 Part 3, s.62: who collected, altered, consulted, disclosed or erased
-- personal data, when, in which case and for what purpose. Field NAMES only, never values.
--
-- Append-only and tamper-evident: each row carries the SHA-256 of its own columns and of the previous row's hash
-- (uk.police.spo.audit.AuditHash), so a changed, removed or reordered row breaks the chain at that row.
-- Appends are serialised through the single row of audit_chain_head, locked (SELECT ... FOR UPDATE) in the same
-- transaction as the business change: the audit row commits with the change or not at all, on any number of nodes.
--
-- occurred_at is a DATETIME holding UTC: stored and returned exactly as written, with no conversion through the
-- server's or the session's time zone, so the value read back is the value that was hashed.
--
-- Production (MySQL): the application never updates or deletes audit rows, and the database should refuse it as
-- well. Flyway runs as a schema owner account; the application's account gets only
--     GRANT SELECT, INSERT ON spo.audit_entry TO 'spo_app'@'%';
--     GRANT SELECT, UPDATE ON spo.audit_chain_head TO 'spo_app'@'%';
-- (no UPDATE or DELETE on audit_entry, no INSERT or DELETE on audit_chain_head), and optionally
--     CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
--         SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
--     CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
--         SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
-- Those statements are MySQL-only (this script also runs on H2) and belong to the database administrator's
-- provisioning, so they are described here rather than executed. Binary logs shipped off the server and a copy of
-- the chain head's hash kept elsewhere make even a privileged rewrite of the whole chain detectable.

create table audit_entry (
    id              varchar(36)   not null primary key,
    seq_no          bigint        not null,
    occurred_at     datetime      not null,
    actor           varchar(100)  not null,
    action          varchar(10)   not null,
    case_reference  varchar(20),
    field_names     varchar(1000) not null,
    purpose         varchar(100)  not null,
    previous_hash   varchar(64)   not null,
    entry_hash      varchar(64)   not null,
    constraint uq_audit_entry_seq unique (seq_no),
    constraint ck_audit_entry_action check (action in ('COLLECT', 'CONSULT', 'ALTER', 'DISCLOSE', 'ERASE'))
);
create index ix_audit_entry_case on audit_entry (case_reference, seq_no);
create index ix_audit_entry_actor on audit_entry (actor, seq_no);
create index ix_audit_entry_occurred on audit_entry (occurred_at);

-- The end of the chain: the last sequence number handed out and that entry's hash. One row, never more.
create table audit_chain_head (
    id         integer      not null primary key,
    last_seq   bigint       not null,
    last_hash  varchar(64)  not null,
    constraint ck_audit_chain_head_single check (id = 1)
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
