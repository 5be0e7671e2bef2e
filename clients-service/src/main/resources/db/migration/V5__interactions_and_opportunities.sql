-- The history of the relationship: an append-only log (a meeting that happened is not edited away).
create table interaction (
    id            uuid          primary key,
    client_id     uuid          not null references client (id),
    kind          varchar(20)   not null,
    occurred_at   timestamptz   not null,
    contact_id    uuid          references contact (id),
    participants  varchar(300),
    note          varchar(4000) not null,
    logged_by     uuid          not null,
    logged_at     timestamptz   not null
);

create index interaction_client on interaction (client_id, occurred_at desc);

-- New work being pursued with a client.
create table opportunity (
    id                 uuid          primary key,
    client_id          uuid          not null references client (id),
    title              varchar(200)  not null,
    description        varchar(4000),
    stage              varchar(20)   not null,
    estimated_amount   numeric(19,4) not null,
    estimated_scale    integer       not null,
    estimated_currency varchar(3)    not null,
    expected_close_on  date,
    owner_id           uuid          not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null
);

create index opportunity_client on opportunity (client_id, created_at);
