-- Cost rates beside sell rates: what an hour of a role costs the agency, copied into each time entry with the cost of
-- its hours (null where the card has none), so that margins never move when rates do.
alter table rate_card add column cost_rate numeric(19, 4) check (cost_rate is null or cost_rate > 0);
alter table time_entry add column cost_rate numeric(19, 4);
alter table time_entry add column cost_amount numeric(19, 4);
