-- What the report says of the impact on the victim, the stalking screening questions (null = not answered),
-- and the earlier case a reporter quoted when adding information.
alter table case_file add column impact varchar(4000);
alter table case_file add column earlier_case_id varchar(36);
alter table case_file add column scr_very_frightened boolean;
alter table case_file add column scr_turned_up_unannounced boolean;
alter table case_file add column scr_damaged_property boolean;
alter table case_file add column scr_followed boolean;
alter table case_file add column scr_threatened_violence boolean;
alter table case_file add column scr_harassed_others boolean;
alter table case_file add column scr_violent_to_others boolean;
alter table case_file add column scr_recruited_others boolean;
alter table case_file add constraint fk_case_file_earlier foreign key (earlier_case_id) references case_file (id);
