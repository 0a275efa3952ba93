-- The case's risk level on each row of the read model of open work (tasks.WorkItems), kept by the case's risk changes
-- (cases.CaseRiskChanged), so that a queue sorted or filtered by risk reads its own index instead of joining every
-- task to its case; risk_rank is the order of the levels (HIGH 0, MEDIUM 1, STANDARD 2, none 3).
-- suspended: the task's process instance is suspended; such a task is in the queue '*' only, offered to nobody.
alter table work_item add column risk_level varchar(20);
alter table work_item add column risk_rank smallint default 3 not null;
alter table work_item add column suspended boolean default false not null;

update work_item set risk_level = (select c.risk_level from case_file c where c.id = work_item.case_id);
update work_item set risk_rank = case risk_level when 'HIGH' then 0 when 'MEDIUM' then 1 when 'STANDARD' then 2 else 3 end;

-- a queue's page sorted or filtered by risk, then by due date, from the index alone
create index ix_work_item_queue_risk on work_item (queue_key, unit_code, risk_rank, due_at, task_id);
