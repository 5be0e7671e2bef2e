-- Owned by platform/messaging. Events a consumer could not apply yet, kept until they are applied or given up on.

-- An event that failed, or that waits behind an earlier event of the same key that failed, so that one
-- aggregate's events are applied in the order they were published. WAITING rows are retried with exponential
-- backoff; a row that keeps failing becomes DEAD (and goes to the dead-letter topic) and stays here until an
-- operator redrives it.
create table inbox_parked (
    id               bigserial    primary key,
    consumer         varchar(100) not null,
    topic            varchar(249) not null,
    partition_no     integer      not null,
    record_offset    bigint       not null,
    message_key      varchar(255),
    event_id         uuid,
    event_type       varchar(255),
    payload          text,
    status           varchar(10)  not null check (status in ('WAITING', 'DEAD')),
    attempts         integer      not null default 0,
    parked_at        timestamptz  not null default now(),
    next_attempt_at  timestamptz  not null default now(),
    last_error       text,
    dead_at          timestamptz,
    -- a record redelivered by Kafka (its offset was not committed yet) is parked once
    unique (consumer, topic, partition_no, record_offset)
);

create index inbox_parked_waiting on inbox_parked (consumer, topic, message_key, id) where status = 'WAITING';
create index inbox_parked_dead on inbox_parked (consumer, dead_at) where status = 'DEAD';

-- Dead letters are published through the outbox like any event, with the headers that say where they came from.
alter table outbox_event add column headers text;
