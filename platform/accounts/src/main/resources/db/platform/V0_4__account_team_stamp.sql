-- Owned by platform/accounts. When the copied team of each client last changed at clients-service: a team change
-- older than the copy (re-sent after a broker outage, replayed) must not bring back a team that has since changed,
-- which would give a removed person their access back.
create table account_team_stamp (
    client_id   uuid        primary key,
    changed_at  timestamptz not null
);
