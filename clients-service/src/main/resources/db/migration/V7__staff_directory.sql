-- The agency's people. The id is the staff id the identity provider issues as the token subject.
create table staff_member (
    id          uuid         primary key,
    name        varchar(200) not null,
    email       varchar(254) not null,
    role        varchar(30)  not null,
    reports_to  uuid         references staff_member (id),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null
);

create unique index staff_member_email on staff_member (lower(email));
