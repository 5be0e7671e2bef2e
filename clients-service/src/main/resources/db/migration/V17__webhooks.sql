-- Webhooks for the agency's other systems (docs/webhooks.md). The secret is kept as is: every delivery is signed
-- with it, so it cannot be hashed like a password; it is shown to the admin once, in the answer to the creation.
create table webhook_subscription (
    id                   uuid          primary key,
    target_url           varchar(2000) not null,
    client_id            uuid,
    description          varchar(500),
    secret               varchar(100)  not null,
    status               varchar(20)   not null,
    consecutive_failures integer       not null default 0,
    paused_reason        varchar(500),
    paused_at            timestamptz,
    created_by           uuid          not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0
);

-- The CloudEvents types (versioned, e.g. agency.suits.ClientAtRisk.v1) a subscription receives.
create table webhook_subscription_event_type (
    subscription_id uuid         not null references webhook_subscription (id) on delete cascade,
    event_type      varchar(200) not null,
    primary key (subscription_id, event_type)
);

create index webhook_subscription_by_type on webhook_subscription_event_type (event_type);

-- One delivery per (subscription, event): the inbox already keeps a redelivered event out, this keeps it out even
-- if it got past. The body is the CloudEvent as it arrived, so a replay sends the very same bytes.
create table webhook_delivery (
    id               uuid          primary key,
    subscription_id  uuid          not null references webhook_subscription (id) on delete cascade,
    event_id         uuid          not null,
    event_type       varchar(200)  not null,
    client_id        uuid,
    body             text          not null,
    status           varchar(20)   not null,
    attempts         integer       not null default 0,
    created_at       timestamptz   not null,
    next_attempt_at  timestamptz   not null,
    give_up_at       timestamptz   not null,
    lease_until      timestamptz,
    delivered_at     timestamptz,
    last_status_code integer,
    last_latency_ms  bigint,
    last_error       varchar(500),
    constraint webhook_delivery_once_per_event unique (subscription_id, event_id)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_of_subscription on webhook_delivery (subscription_id, created_at desc);

-- Every try, for the delivery log an admin reads when a receiver says it got nothing.
create table webhook_attempt (
    id           bigserial     primary key,
    delivery_id  uuid          not null references webhook_delivery (id) on delete cascade,
    attempted_at timestamptz   not null,
    status_code  integer,
    latency_ms   bigint        not null,
    error        varchar(500)
);

create index webhook_attempt_of_delivery on webhook_attempt (delivery_id, attempted_at);
