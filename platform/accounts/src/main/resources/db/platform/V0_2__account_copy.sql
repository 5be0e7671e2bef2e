-- Owned by platform/accounts: a service's copy of clients-service's accounts, replaced from its events.
-- Each table is keyed so that an event can arrive for a client the copy has not seen yet.

create table account_client_copy (
    client_id    uuid         primary key,
    client_code  varchar(10)  not null,
    name         varchar(200) not null,
    status       varchar(20)  not null,
    updated_at   timestamptz  not null
);

create table account_team_copy (
    client_id    uuid         not null,
    staff_id     uuid         not null,
    role         varchar(30)  not null,
    primary_contact boolean   not null,
    primary key (client_id, staff_id, role)
);

create index account_team_copy_staff on account_team_copy (staff_id);

-- The client's current contract: the latest start date wins, so a renewal replaces the contract it renews.
create table account_contract_copy (
    client_id    uuid          primary key,
    contract_id  uuid          not null,
    contract_type varchar(20)  not null,
    starts_on    date          not null,
    ends_on      date          not null,
    value_amount numeric       not null, -- unconstrained: keeps the scale the contract was written with
    value_currency char(3)     not null,
    included_revision_rounds integer not null
);
