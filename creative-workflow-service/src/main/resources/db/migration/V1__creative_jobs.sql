-- A creative job per job number, opened from the submitted brief it carries a frozen copy of.
create table creative_job (
    id               uuid primary key,
    job_number       varchar(32)  not null unique,
    client_id        uuid         not null,
    brief_id         uuid         not null,
    brief_version    integer      not null,
    title            varchar(500) not null,
    brief            text         not null, -- the BriefSnapshot as JSON, read whole
    budget_amount    numeric        not null,
    budget_currency  varchar(3)   not null,
    included_rounds  integer      not null check (included_rounds >= 0),
    current_round    integer      not null check (current_round >= 1),
    status           varchar(32)  not null,
    due_on           date         not null,
    opened_at        timestamptz  not null,
    closed_at        timestamptz,
    version          bigint       not null
);
create index creative_job_client on creative_job (client_id);
create index creative_job_status on creative_job (status);

create table creative_job_assignee (
    job_id   uuid not null references creative_job (id),
    staff_id uuid not null,
    primary key (job_id, staff_id)
);
create index creative_job_assignee_staff on creative_job_assignee (staff_id);

-- The decision trail: rows are only ever inserted. A correction is a new row naming the one it supersedes.
create table decision_entry (
    id                uuid primary key,
    job_id            uuid        not null references creative_job (id),
    round             integer     not null,
    kind              varchar(32) not null,
    outcome           varchar(32) not null,
    comments          text        not null, -- JSON list of comments
    work_version_ids  text        not null, -- JSON list of the versions the decision was about
    status_before     varchar(32) not null,
    status_after      varchar(32) not null,
    decided_by        uuid,                 -- null when the system decided (a withdrawn brief)
    decided_at        timestamptz not null,
    supersedes_id     uuid references decision_entry (id),
    reason            text,
    recorded_at       timestamptz not null
);
create index decision_entry_job on decision_entry (job_id, recorded_at);
