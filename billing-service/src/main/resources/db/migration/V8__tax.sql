-- Tax rates of the agency per country and category (STANDARD, REDUCED), each from a date until a date (inclusive,
-- null = open); the service keeps one rate per country, category and day (no overlaps).
create table tax_rate (
    id             uuid          primary key,
    country        varchar(2)    not null,
    category       varchar(16)   not null,
    percent        numeric(5, 2) not null check (percent >= 0 and percent <= 100),
    effective_from date          not null,
    effective_to   date,
    created_by     uuid          not null,
    created_at     timestamp(6) with time zone not null,
    version        bigint        not null,
    check (effective_to is null or effective_to >= effective_from)
);

create index tax_rate_country on tax_rate (country, category);

-- A client's tax treatment from a date, never edited: a change is a new row from a later date.
create table client_tax_treatment (
    id             uuid        primary key,
    client_id      uuid        not null,
    country        varchar(2)  not null,
    treatment      varchar(16) not null,
    vat_id         varchar(20),
    effective_from date        not null,
    recorded_by    uuid        not null,
    recorded_at    timestamp(6) with time zone not null,
    check (treatment <> 'REVERSE_CHARGE' or vat_id is not null)
);

create index client_tax_treatment_client on client_tax_treatment (client_id, effective_from);

-- A cost is taxed at its own category (print may be REDUCED); hours are STANDARD work.
alter table cost_entry add column tax_category varchar(16) not null default 'STANDARD';

-- Every line carries its category, rate and its share of the tax of its rate; the invoice its net and tax, and its
-- total is the gross. Invoices drafted before tax existed carried none: their net is their total.
alter table invoice_line add column tax_category varchar(16);
alter table invoice_line add column tax_percent numeric(5, 2);
alter table invoice_line add column tax_amount numeric(19, 4) not null default 0;
alter table invoice add column net numeric(19, 4);
alter table invoice add column tax numeric(19, 4) not null default 0;
update invoice set net = total;
alter table invoice alter column net set not null;
alter table invoice add column tax_treatment varchar(16);
alter table invoice add column tax_country varchar(2);
alter table invoice add column vat_id varchar(20);
alter table invoice add constraint invoice_gross check (total = net + tax);
