-- Contracts over time (issue 14): a contract's value, end, included rounds and notice can be amended, and a
-- contract can be ended early. The contract row holds the terms in force now; contract_amendment keeps the history
-- (who, when, from which day, why, and each term before and after).
alter table contract add column terminated_on date;
alter table contract add column termination_reason varchar(500);
alter table contract add column terminated_by uuid;
alter table contract add column terminated_at timestamptz;

-- a contract terminated on its first day runs that one day
alter table contract drop constraint contract_ends_after_start;
alter table contract add constraint contract_ends_on_or_after_start check (ends_on >= starts_on);

create table contract_amendment (
    id                              uuid          primary key,
    contract_id                     uuid          not null references contract (id),
    effective_on                    date          not null,
    reason                          varchar(500)  not null,
    amended_by                      uuid          not null,
    amended_at                      timestamptz   not null,
    value_before                    numeric(19,4) not null,
    value_after                     numeric(19,4) not null,
    ends_on_before                  date          not null,
    ends_on_after                   date          not null,
    included_revision_rounds_before integer       not null,
    included_revision_rounds_after  integer       not null,
    notice_period_days_before       integer       not null,
    notice_period_days_after        integer       not null
);

create index contract_amendment_contract on contract_amendment (contract_id, amended_at);
