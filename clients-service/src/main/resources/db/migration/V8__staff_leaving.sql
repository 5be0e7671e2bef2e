-- A person who leaves the agency stays in the directory (their name is on past work) but is no longer active:
-- they hold no team place and cannot be put on a team.
alter table staff_member add column active boolean not null default true;
