-- Every case belongs to a unit (policing area); cases from before units existed go to the default unit.
alter table case_file add column unit_code varchar(20);
update case_file set unit_code = '${default_unit}' where unit_code is null;
create index ix_case_file_unit on case_file (unit_code);
