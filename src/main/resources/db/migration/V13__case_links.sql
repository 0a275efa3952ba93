-- Links between cases with the same victim or suspect, found when a case is registered (a repeat is flagged).
create table case_link (
    id              varchar(36)  not null primary key,
    case_id         varchar(36)  not null,
    linked_case_id  varchar(36)  not null,
    reason          varchar(30)  not null,
    linked_at       timestamp    not null,
    constraint fk_case_link_case foreign key (case_id) references case_file (id) on delete cascade,
    constraint fk_case_link_linked foreign key (linked_case_id) references case_file (id) on delete cascade,
    constraint uq_case_link unique (case_id, linked_case_id, reason)
);
create index ix_case_link_linked on case_link (linked_case_id);
create index ix_case_person_role_name on case_person (role, name);
