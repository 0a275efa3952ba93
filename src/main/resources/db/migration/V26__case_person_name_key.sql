-- Earlier-case matching compared lower(name) with lower(?), which no index can serve: every report read every
-- person of every case. name_key holds the name as it is matched (trimmed, lower case; set by CasePerson.matchKey for
-- new rows), and the matching reads it through (role, name_key).
alter table case_person add column name_key varchar(255);
update case_person set name_key = lower(trim(name)) where name is not null and trim(name) <> '';
create index ix_case_person_role_name_key on case_person (role, name_key);
