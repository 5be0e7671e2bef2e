-- A booking that takes a job over its budget is accepted but flagged: by how much of it lies beyond the budget.
alter table time_entry add column over_budget_by numeric(19, 4);
alter table cost_entry add column over_budget_by numeric(19, 4);
alter table payable add column over_budget_by numeric(19, 4);

-- Set while the job is over its budget, so that BudgetExceeded is announced once per crossing; a job already over
-- before this version counts as announced (its crossing happened before the event existed).
alter table job_budget add column over_budget_at timestamp(6) with time zone;
update job_budget set over_budget_at = updated_at where actuals + committed > budget;

-- Every booking that went beyond the budget, for the budget view; announced marks the one that crossed.
create table budget_overrun (
    id           uuid           primary key,
    job_number   varchar(24)    not null references job_budget (job_number),
    booking_kind varchar(16)    not null,
    booking_id   uuid           not null,
    amount       numeric(19, 4) not null,
    over_by      numeric(19, 4) not null,
    spent_after  numeric(19, 4) not null,
    budget       numeric(19, 4) not null,
    currency     varchar(3)     not null,
    announced    boolean        not null,
    booked_at    timestamp(6) with time zone not null
);

create index budget_overrun_job on budget_overrun (job_number, booked_at);
