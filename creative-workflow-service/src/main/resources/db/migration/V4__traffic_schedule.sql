-- The last milestone of each job's schedule as traffic set it (ScheduleChanged), kept whether or not the creative
-- job is open yet: a schedule set before the brief is submitted still dates the job when it opens.
create table traffic_schedule (
    job_number  varchar(32) primary key,
    last_due_on date,
    changed_at  timestamptz not null
);
