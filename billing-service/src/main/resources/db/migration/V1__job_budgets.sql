-- One budget per job. Figures are exact numerics (never float) at up to 4 decimals; the service keeps them at the
-- currency's minor units. actuals and committed are running totals kept with the budget so that crossing a
-- threshold is decided under the budget's optimistic version: two entries cannot both "cross 80%".
create table job_budget (
    job_number     varchar(24)    primary key,
    client_id      uuid           not null,
    currency       varchar(3)     not null,
    budget         numeric(19, 4) not null check (budget >= 0),
    basis          varchar(16)    not null,
    actuals        numeric(19, 4) not null default 0,
    committed      numeric(19, 4) not null default 0,
    reached_80_at  timestamp(6) with time zone,
    reached_100_at timestamp(6) with time zone,
    opened_at      timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    version        bigint         not null
);

create index job_budget_client on job_budget (client_id);
