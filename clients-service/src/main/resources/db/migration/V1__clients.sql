-- A client (an account). The code is short and unique because it starts every job number (ACME-2026-0042).
create table client (
    id          uuid         primary key,
    code        varchar(10)  not null,
    name        varchar(200) not null,
    industry    varchar(100),
    status      varchar(20)  not null,
    created_by  uuid         not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null,
    constraint client_code_unique unique (code)
);

create index client_status on client (status);
create index client_name on client (lower(name));
