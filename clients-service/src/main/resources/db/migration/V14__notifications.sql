-- Notifications to people: one row per (event, recipient), so a redelivered event adds nothing even if it got past
-- the inbox; read_at is null until the person reads it. The client's name is read from client at read time.
create table notification (
    id           uuid          primary key,
    event_id     uuid          not null,
    recipient_id uuid          not null,
    kind         varchar(40)   not null,
    client_id    uuid          not null,
    summary      varchar(500)  not null,
    reason       varchar(40)   not null,
    link         varchar(300)  not null,
    created_at   timestamptz   not null,
    read_at      timestamptz,
    constraint notification_once_per_event unique (event_id, recipient_id)
);

create index notification_of_recipient on notification (recipient_id, read_at, created_at desc);

-- The kinds a person does not want to be told of; nothing is kept for them while muted.
create table notification_muted_kind (
    staff_id  uuid         not null,
    kind      varchar(40)  not null,
    primary key (staff_id, kind)
);
