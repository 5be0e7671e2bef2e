-- The budget is its basis (the brief's figure, then the approved estimate) plus every approved change order, kept
-- here so that a later estimate approval keeps the raises. Budgets from before carry the change orders they had.
alter table job_budget add column change_orders numeric(19, 4) not null default 0;
update job_budget b set change_orders = coalesce((select sum(c.amount) from change_order c
                                                  where c.job_number = b.job_number and c.status = 'APPROVED'), 0);

-- The ledger of every budget movement: what moved it, by how much, to what, who (null for an event), when and why.
create table budget_movement (
    id           uuid           primary key,
    job_number   varchar(24)    not null references job_budget (job_number),
    client_id    uuid           not null,
    kind         varchar(24)    not null,
    amount       numeric(19, 4) not null,
    budget_after numeric(19, 4) not null,
    currency     varchar(3)     not null,
    source_id    uuid,
    reason       varchar(500)   not null,
    moved_by     uuid,
    moved_at     timestamp(6) with time zone not null
);

create index budget_movement_job on budget_movement (job_number, moved_at);
