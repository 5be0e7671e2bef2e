-- Owned by platform/messaging and applied in every service database next to the service's own migrations.
-- Platform libraries put their migrations in db/platform, numbered 0.x so they sort before the services' own 1, 2, ...

-- Events recorded in the same transaction as the change they describe; the relay publishes them in id order.
create table outbox_event (
    id            bigserial    primary key,
    event_id      uuid         not null unique,
    topic         varchar(249) not null,
    message_key   varchar(255) not null,
    event_type    varchar(255) not null,
    payload       text         not null,
    recorded_at   timestamptz  not null default now(),
    published_at  timestamptz,
    attempts      integer      not null default 0,
    last_error    text
);

create index outbox_event_unpublished on outbox_event (id) where published_at is null;

-- One row per event a consumer has applied (or dead-lettered), written in the same transaction as the effect.
create table inbox_event (
    consumer      varchar(100) not null,
    event_id      uuid         not null,
    event_type    varchar(255) not null,
    outcome       varchar(20)  not null,
    handled_at    timestamptz  not null default now(),
    primary key (consumer, event_id)
);
