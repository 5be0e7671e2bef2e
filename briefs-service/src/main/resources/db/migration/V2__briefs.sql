-- One brief per job request. content holds the latest revision's sections as JSON; every save is also kept
-- whole in brief_version, so any two revisions can be compared and a submitted one stays as it was.
create table brief (
    id                   uuid         primary key,
    job_request_id       uuid         not null unique references job_request (id),
    client_id            uuid         not null,
    job_number           varchar(32)  not null,
    content              text         not null,
    revision             integer      not null,
    approved_by          uuid,
    approved_at          timestamptz,
    approved_revision    integer,
    submitted_revision   integer,
    submitted_by         uuid,
    submitted_at         timestamptz,
    created_by           uuid         not null,
    created_at           timestamptz  not null,
    version              bigint       not null
);

create index brief_client on brief (client_id);

create table brief_version (
    brief_id    uuid        not null references brief (id),
    revision    integer     not null,
    content     text        not null,
    changed     text        not null,
    saved_by    uuid        not null,
    saved_at    timestamptz not null,
    primary key (brief_id, revision)
);
