-- Signals other services' events raised about a client. source_ref is what a later event may take back (a corrected
-- feedback names the decision it supersedes); the event id is unique so no event counts twice.
create table health_signal (
    id                 uuid          primary key,
    client_id          uuid          not null references client (id),
    signal             varchar(40)   not null,
    weight             integer       not null,
    detail             varchar(500)  not null,
    source_event_id    uuid          not null,
    source_event_type  varchar(255)  not null,
    source_ref         varchar(100),
    observed_at        timestamptz   not null
);

create index health_signal_client on health_signal (client_id, observed_at);
create index health_signal_source_ref on health_signal (client_id, source_ref);
create unique index health_signal_once_per_event on health_signal (source_event_id, signal);

-- The last assessed score, so that ClientAtRisk goes out once per crossing of the threshold, not on every event.
create table client_health (
    client_id        uuid        primary key references client (id),
    score            integer     not null,
    below_threshold  boolean     not null,
    assessed_at      timestamptz not null
);
