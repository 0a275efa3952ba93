-- The dashboard's lead times read a probe per case reported in the last 12 weeks: of the timeline for triage, of the
-- applications for lodging (at 100,000 such cases, 1.8 s and 0.8 s on a loaded machine). The case now carries both
-- milestones (cases.CaseFile records them with their timeline entries: the first TRIAGE_COMPLETED, the first
-- SPO_LODGED), so cases reported per week and both lead times come from one range of one index.
alter table case_file add column triaged_at timestamp null;
alter table case_file add column applied_at timestamp null;

update case_file set triaged_at = (select min(t.occurred_at) from case_timeline_entry t
    where t.case_id = case_file.id and t.kind = 'TRIAGE_COMPLETED');
update case_file set applied_at = (select min(a.lodged_at) from spo_application a where a.case_id = case_file.id);

create index ix_case_file_received_milestones on case_file (received_at, unit_code, triaged_at, applied_at);

-- The dashboard's open-work figures leave out tasks of suspended process instances (offered to nobody): one index
-- holds every column those counts and groupings read, so no count visits the table.
create index ix_work_item_open_figures on work_item (queue_key, unit_code, suspended, due_at, priority, activity_id,
    assignee);
