-- The risk checklist's stalking question is answered YES, NO or NOT_KNOWN (required), no longer ticked. The
-- assessments kept before keep a ticked box as YES and an unticked one as NOT_KNOWN: the box could not tell "no"
-- from "not asked".
alter table risk_assessment add column stalking_question varchar(10) not null default 'NOT_KNOWN';
update risk_assessment set stalking_question = 'YES' where stalking_question_yes = true;
alter table risk_assessment drop column stalking_question_yes;
