-- What each notification under the Stalking Protection Act 2019 s.9 gave, one row per notification and never
-- overwritten: the first after service and each change of name or home address (s.9(4)), with the day the change
-- happened and whether it was notified in time. Names, aliases and home address are the defendant's personal data,
-- encrypted like the victim's contact details (at most 500 characters each -> varchar(2100), see V4). The fingerprints
-- and photograph decision (s.10(5)) replaces the two flags; an old row's flag said only whether they were taken.
-- Portable SQL (H2, MySQL, MariaDB): columns are added with a default, not modified.
alter table order_notification add column kind varchar(10) default 'FIRST' not null;
alter table order_notification add column change_notified varchar(30);
alter table order_notification add column changed_on date;
alter table order_notification add column notified_late boolean default false not null;
alter table order_notification add column names varchar(2100);
alter table order_notification add column aliases varchar(2100);
alter table order_notification add column home_address varchar(2100);
alter table order_notification add column acknowledged_by varchar(100);
alter table order_notification add column fingerprints varchar(20) default 'NOT_TAKEN' not null;
alter table order_notification add column photograph varchar(20) default 'NOT_TAKEN' not null;
update order_notification set fingerprints = 'TAKEN' where fingerprints_taken = true;
update order_notification set photograph = 'TAKEN' where photographed = true;
alter table order_notification drop column fingerprints_taken;
alter table order_notification drop column photographed;
create index ix_order_notification_case_notified on order_notification (case_id, notified_at);
