-- A withdrawn brief closes its job's budget to new bookings until the brief is submitted again. The time of the
-- last submission lets a withdrawal older than it (parked, then applied late) leave the budget open.
alter table job_budget add column brief_submitted_at timestamp(6) with time zone;
update job_budget set brief_submitted_at = opened_at;
alter table job_budget alter column brief_submitted_at set not null;
alter table job_budget add column closed_at timestamp(6) with time zone;
alter table job_budget add column closed_reason varchar(1000);
