-- Each round's scope is ruled when the round starts and never changes after, so an amended contract (a different
-- number of included rounds) applies only to rounds not yet started.
create table creative_job_round_out_of_scope (
    job_id uuid    not null references creative_job (id),
    round  integer not null check (round >= 1),
    primary key (job_id, round)
);
insert into creative_job_round_out_of_scope (job_id, round)
select id, generate_series(included_rounds + 1, current_round) from creative_job
where current_round > included_rounds;

-- An amendment that takes effect on a later day waits here until a round starts on or after that day.
alter table creative_job
    add column next_included_rounds integer check (next_included_rounds >= 0),
    add column next_included_from   date,
    add constraint creative_job_next_included_whole
        check ((next_included_rounds is null) = (next_included_from is null));
