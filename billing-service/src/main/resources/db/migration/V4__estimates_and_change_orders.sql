-- Estimates are versioned per job (1, 2, ...); lines are priced by the server. Approval and the client's approval
-- each record who and when.
create table estimate (
    id                       uuid           primary key,
    job_number               varchar(24)    not null references job_budget (job_number),
    client_id                uuid           not null,
    estimate_version         integer        not null,
    status                   varchar(16)    not null,
    currency                 varchar(3)     not null,
    total                    numeric(19, 4) not null,
    created_by               uuid           not null,
    created_at               timestamp(6) with time zone not null,
    approved_by              uuid,
    approved_at              timestamp(6) with time zone,
    client_approver          varchar(200),
    client_approved_on       date,
    client_approval_recorded_by uuid,
    client_approval_recorded_at timestamp(6) with time zone,
    version                  bigint         not null,
    unique (job_number, estimate_version)
);

create table estimate_line (
    id          uuid           primary key,
    estimate_id uuid           not null references estimate (id),
    position    integer        not null,
    kind        varchar(16)    not null,
    role        varchar(32),
    hours       numeric(7, 2),
    rate        numeric(19, 4),
    vendor_name varchar(200),
    description varchar(500)   not null,
    amount      numeric(19, 4) not null,
    unique (estimate_id, position)
);

-- A change order carries only the difference it adds to the budget.
create table change_order (
    id          uuid           primary key,
    job_number  varchar(24)    not null references job_budget (job_number),
    client_id   uuid           not null,
    origin      varchar(24)    not null,
    round       integer,
    reason      varchar(500)   not null,
    amount      numeric(19, 4) not null check (amount > 0),
    currency    varchar(3)     not null,
    status      varchar(16)    not null,
    created_by  uuid,
    created_at  timestamp(6) with time zone not null,
    approved_by uuid,
    approved_at timestamp(6) with time zone,
    version     bigint         not null
);

create index change_order_job on change_order (job_number);
