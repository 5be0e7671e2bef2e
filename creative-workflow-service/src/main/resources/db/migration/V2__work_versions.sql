-- Metadata of each piece of work; the files live elsewhere. Numbered per deliverable of the job's brief.
create table work_version (
    id              uuid primary key,
    job_id          uuid          not null references creative_job (id),
    deliverable_id  uuid          not null,
    version_number  integer       not null check (version_number >= 1),
    round           integer       not null,
    title           varchar(200)  not null,
    media_type      varchar(100)  not null,
    asset_url       varchar(2000) not null,
    checksum        varchar(200)  not null,
    notes           varchar(4000),
    created_by      uuid          not null,
    created_at      timestamptz   not null,
    unique (job_id, deliverable_id, version_number)
);
create index work_version_job on work_version (job_id, created_at);
