-- Invoices get their number when issued, from a per-year counter updated in the issuing transaction: a rolled back
-- issue gives its number back, so issued numbers have no gaps. Invoices are never deleted; a void keeps its number.
create table invoice_number_counter (
    year        integer primary key,
    last_number integer not null
);

create table invoice (
    id           uuid           primary key,
    number       varchar(20)    unique,
    client_id    uuid           not null,
    job_number   varchar(24),
    kind         varchar(24)    not null,
    status       varchar(16)    not null,
    currency     varchar(3)     not null,
    total        numeric(19, 4) not null check (total > 0),
    paid         numeric(19, 4) not null default 0 check (paid >= 0 and paid <= total),
    issued_on    date,
    due_on       date,
    issued_by    uuid,
    issued_at    timestamp(6) with time zone,
    void_reason  varchar(500),
    voided_by    uuid,
    voided_at    timestamp(6) with time zone,
    created_by   uuid,
    created_at   timestamp(6) with time zone not null,
    version      bigint         not null
);

create index invoice_client on invoice (client_id, status);
create index invoice_job on invoice (job_number);

create table invoice_line (
    id          uuid           primary key,
    invoice_id  uuid           not null references invoice (id),
    position    integer        not null,
    description varchar(500)   not null,
    amount      numeric(19, 4) not null,
    unique (invoice_id, position)
);

-- time and materials: an actual is billed on at most one live invoice
alter table time_entry add column invoice_id uuid references invoice (id);
alter table cost_entry add column invoice_id uuid references invoice (id);

-- A payment is recorded once per Idempotency-Key (unique): a retry finds the key and gets the stored first response;
-- the request hash tells a retry from a different request reusing the key.
create table payment (
    id               uuid           primary key,
    invoice_id       uuid           not null references invoice (id),
    idempotency_key  varchar(100)   not null unique,
    request_hash     varchar(64)    not null,
    amount           numeric(19, 4) not null check (amount > 0),
    currency         varchar(3)     not null,
    received_on      date           not null,
    recorded_by      uuid           not null,
    recorded_at      timestamp(6) with time zone not null,
    response_body    text           not null
);

create index payment_invoice on payment (invoice_id);
