-- The supervisor's digest to the person they report to is about several accounts, not one: its notification names
-- no client, and its recipient reads it whatever clients they see (docs/notifications.md).
alter table notification alter column client_id drop not null;
