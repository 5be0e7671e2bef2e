-- The traffic schedule of a job: its milestones in due order, part of the job aggregate (its version is the ETag).
create table job_milestone (
    job_request_id  uuid         not null references job_request (id),
    position        integer      not null,
    name            varchar(200) not null,
    due_on          date         not null,
    completed_on    date,
    primary key (job_request_id, position)
);

-- the agency-wide overdue view reads open milestones by due date
create index job_milestone_open_due on job_milestone (due_on) where completed_on is null;
