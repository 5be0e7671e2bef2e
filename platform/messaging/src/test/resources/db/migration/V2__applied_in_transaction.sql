-- Which transaction wrote the effect, so a test can tell events applied together from events applied alone.
alter table applied_effect add column applied_in bigint not null default txid_current();
