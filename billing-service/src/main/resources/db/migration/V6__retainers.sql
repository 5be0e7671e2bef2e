-- The terms of signed RETAINER contracts, kept from ContractSigned (suits.clients): the scheduled retainer invoicing
-- drafts one invoice per contract and billing period from them without asking clients-service.
create table retainer (
    contract_id        uuid           primary key,
    client_id          uuid           not null,
    fee                numeric(19, 4) not null check (fee > 0),
    currency           varchar(3)     not null,
    billing_period     varchar(16)    not null,
    starts_on          date           not null,
    ends_on            date           not null,
    renews_contract_id uuid,
    signed_at          timestamp(6) with time zone not null,
    recorded_at        timestamp(6) with time zone not null,
    check (ends_on > starts_on)
);

create index retainer_starts on retainer (starts_on);

-- A retainer invoice belongs to the client and its contract, not to a job (job_number stays null). The unique
-- (contract, period start), checked by the insert in the drafting transaction, makes "one invoice per period" hold
-- across runs, restarts and instances; a voided one keeps its period (re-billing it is a human decision).
alter table invoice add column contract_id uuid references retainer (contract_id);
alter table invoice add column period_start date;
alter table invoice add column period_end date;
alter table invoice add constraint invoice_retainer_period unique (contract_id, period_start);
alter table invoice add constraint invoice_retainer_shape check (
    (kind = 'RETAINER') = (contract_id is not null and period_start is not null and period_end is not null
                           and job_number is null));
