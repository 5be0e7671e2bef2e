-- Contracts: money is exact (numeric), never floating point. renewal_due_sent_at records, in the transaction that
-- published ContractRenewalDue, that it was published: the job never sends it twice, even after a restart.
create table contract (
    id                        uuid          primary key,
    client_id                 uuid          not null references client (id),
    contract_type             varchar(20)   not null,
    starts_on                 date          not null,
    ends_on                   date          not null,
    value_amount              numeric(19,4) not null,
    value_currency            varchar(3)    not null,
    value_scale               integer       not null,
    fee_amount                numeric(19,4),
    fee_scale                 integer,
    fee_period                varchar(20),
    included_revision_rounds  integer       not null,
    notice_period_days        integer       not null,
    renews_contract_id        uuid          references contract (id),
    signed_by                 uuid          not null,
    signed_at                 timestamptz   not null,
    renewal_due_sent_at       timestamptz,
    version                   bigint        not null,
    constraint contract_ends_after_start check (ends_on > starts_on),
    constraint contract_renewed_once unique (renews_contract_id)
);

create index contract_client on contract (client_id, starts_on);
create index contract_renewal_pending on contract (ends_on) where renewal_due_sent_at is null;
