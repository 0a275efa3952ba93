-- Triage's classification as the Home Office Counting Rules record it: the course of conduct (classification, which
-- exists) with its crime reference, and the most serious other offence with its own; the stalking question and each
-- FOUR element as the officer answered them (YES, NO, NOT_KNOWN). Cases classified before these were asked keep null
-- here: the case page and the case JSON show them as not recorded.
alter table case_file add column classification_crime_reference varchar(30);
alter table case_file add column other_offence varchar(40);
alter table case_file add column other_offence_crime_reference varchar(30);
alter table case_file add column stalking_question varchar(10);
alter table case_file add column four_fixated varchar(10);
alter table case_file add column four_obsessive varchar(10);
alter table case_file add column four_unwanted varchar(10);
alter table case_file add column four_repeated varchar(10);
-- The SPO application's s.1(1) condition: the defendant lives in the force's area, is in it, or is coming to it.
-- Applications decided before it was recorded keep null, and their documents say nothing of it.
alter table spo_application add column area_condition varchar(20);
