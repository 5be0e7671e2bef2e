-- The client's people. An email address names one person of one client: no duplicates, whatever the case.
create table contact (
    id              uuid         primary key,
    client_id       uuid         not null references client (id),
    name            varchar(200) not null,
    email           varchar(254) not null,
    phone           varchar(50),
    job_title       varchar(100),
    decision_maker  boolean      not null,
    created_by      uuid         not null,
    created_at      timestamptz  not null,
    version         bigint       not null
);

create unique index contact_email_per_client on contact (client_id, lower(email));
