-- The effect a test consumer applies, so a test can count how often an event took effect.
create table applied_effect (
    event_name  text        not null,
    client_id   uuid        not null,
    applied_at  timestamptz not null default now()
);
