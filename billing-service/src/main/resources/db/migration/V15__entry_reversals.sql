-- Time and cost entries are corrected while unbilled by a reversal: an entry of the opposite sign, naming the one
-- it reverses and why. The original names its reversal, so it is reversed once; neither of the two is ever billed.
alter table time_entry add column reverses_id uuid references time_entry (id);
alter table time_entry add column reversed_by_id uuid references time_entry (id);
alter table time_entry add column reversal_reason varchar(500);
alter table time_entry drop constraint time_entry_hours_check;
alter table time_entry add constraint time_entry_hours_check check (
    (reverses_id is null and hours > 0 and hours <= 24)
    or (reverses_id is not null and hours < 0 and hours >= -24 and reversal_reason is not null));
create unique index time_entry_reversed_once on time_entry (reverses_id) where reverses_id is not null;

alter table cost_entry add column reverses_id uuid references cost_entry (id);
alter table cost_entry add column reversed_by_id uuid references cost_entry (id);
alter table cost_entry add column reversal_reason varchar(500);
alter table cost_entry drop constraint cost_entry_amount_check;
alter table cost_entry add constraint cost_entry_amount_check check (
    (reverses_id is null and amount > 0) or (reverses_id is not null and amount < 0 and reversal_reason is not null));
create unique index cost_entry_reversed_once on cost_entry (reverses_id) where reverses_id is not null;
