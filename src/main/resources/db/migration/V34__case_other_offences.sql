-- The Home Office Counting Rules record the course of conduct and the most serious other offence(s): a case keeps up
-- to five other offences, the most serious first (position 0), each with its own crime reference. The one other
-- offence V27 kept on case_file moves here; NONE (no other offence) is no row.
create table case_other_offence (
    case_id          varchar(36) not null,
    position         integer     not null,
    offence          varchar(40) not null,
    crime_reference  varchar(30) not null,
    constraint pk_case_other_offence primary key (case_id, position),
    constraint fk_case_other_offence_case foreign key (case_id) references case_file (id) on delete cascade
);
insert into case_other_offence (case_id, position, offence, crime_reference)
    select id, 0, other_offence, other_offence_crime_reference from case_file
    where other_offence is not null and other_offence <> 'NONE' and other_offence_crime_reference is not null;
alter table case_file drop column other_offence;
alter table case_file drop column other_offence_crime_reference;
