-- What clients ask for. The job number is the one identifier of a job every service knows.
create table job_request (
    id                       uuid         primary key,
    job_number               varchar(32)  not null unique,
    client_id                uuid         not null,
    title                    varchar(200) not null,
    description              text         not null,
    requested_deliverables   text         not null,
    wanted_by                date         not null,
    -- numeric without a scale keeps the scale as sent ("10.50" stays "10.50")
    budget_amount            numeric,
    budget_currency          varchar(3),
    requested_by_contact_id  uuid,
    channel                  varchar(20)  not null,
    status                   varchar(20)  not null,
    logged_by                uuid         not null,
    received_at              timestamptz  not null,
    current_round            integer,
    last_decision            varchar(20),
    version                  bigint       not null,
    constraint job_request_budget_complete check ((budget_amount is null) = (budget_currency is null))
);

create index job_request_client on job_request (client_id);

-- The last job number given per client and year. Taking the next one updates this row in the creating
-- transaction, so concurrent creations queue on the row lock and a rolled-back creation gives its number back.
create table job_number_counter (
    client_id    uuid    not null,
    year         integer not null,
    last_number  integer not null,
    primary key (client_id, year)
);
