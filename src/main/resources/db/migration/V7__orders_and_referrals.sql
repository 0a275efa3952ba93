-- Protective orders (interim and full SPOs) with their terms, and referrals to partners (the outbox rows).
-- Shared by the orders, monitoring and referral capabilities; rows go with their case (on delete cascade).

create table protective_order (
    id                   varchar(36)  not null primary key,
    case_id              varchar(36)  not null,
    kind                 varchar(10)  not null,
    status               varchar(20)  not null,
    granted_on           date         not null,
    ends_on              date,
    until_further_order  boolean      not null,
    served_at            timestamp,
    supersedes_order_id  varchar(36),
    ended_on             date,
    end_reason           varchar(20),
    version              bigint       not null,
    constraint fk_protective_order_case foreign key (case_id) references case_file (id) on delete cascade
);
create index ix_protective_order_case on protective_order (case_id);

create table order_term (
    id         varchar(36)   not null primary key,
    order_id   varchar(36)   not null,
    position   integer       not null,
    kind       varchar(20)   not null,
    wording    varchar(2000) not null,
    necessity  varchar(2000) not null,
    constraint fk_order_term_order foreign key (order_id) references protective_order (id) on delete cascade
);
create index ix_order_term_order on order_term (order_id);

create table referral (
    id              varchar(36)  not null primary key,
    case_id         varchar(36)  not null,
    partner         varchar(20)  not null,
    purpose         varchar(40)  not null,
    legal_basis     varchar(30)  not null,
    status          varchar(20)  not null,
    created_at      timestamp    not null,
    updated_at      timestamp    not null,
    version         bigint       not null,
    constraint fk_referral_case foreign key (case_id) references case_file (id) on delete cascade
);
create index ix_referral_case on referral (case_id);
create index ix_referral_status on referral (status);
