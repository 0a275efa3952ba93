-- The officers' open work as a read model (tasks.WorkItems), written by the engine's task events in the transaction
-- that changes the task, so that work queues and the dashboard never ask the engine's task query for big lists.
-- One row per open task and queue it is in: queue '*' holds every open task once (the dashboard's counts); 'U:<user>'
-- a task assigned to that officer; 'G:<group>' an unassigned task offered to that candidate group. The case's own
-- data (risk, safe contact, orders) stays in the case tables and is joined by case_id.
create table work_item (
    task_id              varchar(64)   not null,
    queue_key            varchar(200)  not null,
    process_instance_id  varchar(64)   not null,
    case_id              varchar(36),
    reference            varchar(64),
    unit_code            varchar(20),
    activity_id          varchar(255)  not null,
    task_name            varchar(255),
    assignee             varchar(255),
    candidate_groups     varchar(1000),
    created_at           datetime      null,
    due_at               datetime      null,
    priority             int           not null,
    constraint pk_work_item primary key (task_id, queue_key)
);

-- a queue's page in due order (ties by task) from the index alone, with the case for a join to the case's risk; the
-- other sorts and filters likewise (an index ends with the primary key's task_id, the tie-break of every sort)
create index ix_work_item_queue_due on work_item (queue_key, unit_code, due_at, task_id, case_id);
create index ix_work_item_queue_activity on work_item (queue_key, unit_code, activity_id, due_at);
create index ix_work_item_queue_name on work_item (queue_key, unit_code, task_name, due_at);
create index ix_work_item_queue_reference on work_item (queue_key, unit_code, reference);
create index ix_work_item_queue_priority on work_item (queue_key, unit_code, priority, due_at);
create index ix_work_item_queue_assignee on work_item (queue_key, unit_code, assignee, due_at);
-- a case's open work (the dashboard's case lists) and a case moved to another unit
create index ix_work_item_case on work_item (case_id, queue_key);
create index ix_work_item_reference on work_item (reference);
