-- Money owed to a vendor for a job. Approved, it counts as committed on the job's budget; released (paid out by
-- finance), it moves from committed to actuals. Every approval and release records who and when.
create table payable (
    id             uuid           primary key,
    job_number     varchar(24)    not null references job_budget (job_number),
    client_id      uuid           not null,
    vendor_name    varchar(200)   not null,
    description    varchar(500)   not null,
    amount         numeric(19, 4) not null check (amount > 0),
    currency       varchar(3)     not null,
    status         varchar(16)    not null,
    approval_level varchar(16),
    created_by     uuid           not null,
    created_at     timestamp(6) with time zone not null,
    approved_by    uuid,
    approved_at    timestamp(6) with time zone,
    released_by    uuid,
    released_at    timestamp(6) with time zone,
    version        bigint         not null,
    check (approved_by is null or approved_by <> created_by)
);

create index payable_job on payable (job_number);

-- InvoiceOverdue goes out once per invoice and stage: the primary key makes "once" hold across runs and instances.
create table invoice_overdue_stage (
    invoice_id  uuid    not null references invoice (id),
    stage_days  integer not null,
    detected_at timestamp(6) with time zone not null,
    primary key (invoice_id, stage_days)
);
