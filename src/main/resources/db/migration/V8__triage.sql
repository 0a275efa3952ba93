-- Triage: the case's crime classification and current risk level, and every risk assessment made of it
-- (context TRIAGE at first contact; later assessments, e.g. after a breach, add rows rather than overwrite).
alter table case_file add column classification varchar(30);
alter table case_file add column risk_level varchar(10);

create table risk_assessment (
    id                           varchar(36)  not null primary key,
    case_id                      varchar(36)  not null,
    context                      varchar(20)  not null,
    yes_answers                  integer      not null,
    stalking_question_yes        boolean      not null,
    screening_yes                integer      not null,
    victim_very_frightened       boolean      not null,
    threats_of_violence          boolean      not null,
    professional_judgement_high  boolean      not null,
    incident_count               integer      not null,
    breach_of_order              boolean      not null,
    scr_very_frightened          boolean,
    scr_turned_up_unannounced    boolean,
    scr_damaged_property         boolean,
    scr_followed                 boolean,
    scr_threatened_violence      boolean,
    scr_harassed_others          boolean,
    scr_violent_to_others        boolean,
    scr_recruited_others         boolean,
    risk_level                   varchar(10)  not null,
    marac_referral               boolean      not null,
    consider_spo                 boolean      not null,
    urgent_safeguarding          boolean      not null,
    assessed_by                  varchar(100) not null,
    assessed_at                  timestamp    not null,
    constraint fk_risk_assessment_case foreign key (case_id) references case_file (id) on delete cascade
);
create index ix_risk_assessment_case on risk_assessment (case_id, assessed_at);
