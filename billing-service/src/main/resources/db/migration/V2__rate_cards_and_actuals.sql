-- Hourly rates per role: the agency default (client_id null) and per-client overrides, each valid from a date
-- (inclusive) until a date (inclusive, null = open). Rates never change in place: a new rate is a new card from a
-- later date, so that past time entries keep the value they were booked at.
create table rate_card (
    id             uuid           primary key,
    role           varchar(32)    not null,
    client_id      uuid,
    hourly_rate    numeric(19, 4) not null check (hourly_rate > 0),
    currency       varchar(3)     not null,
    effective_from date           not null,
    effective_to   date,
    created_by     uuid           not null,
    created_at     timestamp(6) with time zone not null,
    version        bigint         not null,
    check (effective_to is null or effective_to >= effective_from)
);

create index rate_card_role on rate_card (role, client_id);

-- Hours valued at the rate card of the work date; the rate and the value are copied in, so a booked entry never
-- moves when rates do.
create table time_entry (
    id           uuid           primary key,
    job_number   varchar(24)    not null references job_budget (job_number),
    client_id    uuid           not null,
    person_id    uuid           not null,
    role         varchar(32)    not null,
    work_date    date           not null,
    hours        numeric(5, 2)  not null check (hours > 0 and hours <= 24),
    rate_card_id uuid           not null references rate_card (id),
    hourly_rate  numeric(19, 4) not null,
    amount       numeric(19, 4) not null,
    currency     varchar(3)     not null,
    recorded_by  uuid           not null,
    recorded_at  timestamp(6) with time zone not null
);

create index time_entry_job on time_entry (job_number, work_date);

create table cost_entry (
    id          uuid           primary key,
    job_number  varchar(24)    not null references job_budget (job_number),
    client_id   uuid           not null,
    vendor_name varchar(200)   not null,
    description varchar(500)   not null,
    amount      numeric(19, 4) not null check (amount > 0),
    currency    varchar(3)     not null,
    incurred_on date           not null,
    recorded_by uuid           not null,
    recorded_at timestamp(6) with time zone not null
);

create index cost_entry_job on cost_entry (job_number, incurred_on);
