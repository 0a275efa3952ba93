-- A partner message about a case belongs to it, like every other table of a case: it goes with the case (on delete
-- cascade) when the case is purged. A message naming a reference that no case has keeps case_id null.
alter table partner_message add column case_id varchar(36) null;
update partner_message set case_id = (select c.id from case_file c where c.reference = partner_message.case_reference)
    where case_reference is not null;
-- the index first, so that MySQL uses it for the foreign key instead of adding one of its own
create index ix_partner_message_case on partner_message (case_id);
alter table partner_message add constraint fk_partner_message_case
    foreign key (case_id) references case_file (id) on delete cascade;
