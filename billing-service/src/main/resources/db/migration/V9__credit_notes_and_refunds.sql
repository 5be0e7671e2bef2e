-- Credit notes correct issued invoices. They are numbered when issued from a per-year counter of their own, updated
-- in the issuing transaction, so their series has no gaps either. Never deleted.
create table credit_note_number_counter (
    year        integer primary key,
    last_number integer not null
);

create table credit_note (
    id             uuid           primary key,
    number         varchar(20)    unique,
    invoice_id     uuid           not null references invoice (id),
    client_id      uuid           not null,
    status         varchar(16)    not null,
    currency       varchar(3)     not null,
    net            numeric(19, 4) not null,
    tax            numeric(19, 4) not null,
    total          numeric(19, 4) not null check (total > 0),
    reason         varchar(500)   not null,
    created_by     uuid           not null,
    created_at     timestamp(6) with time zone not null,
    approved_by    uuid,
    approved_at    timestamp(6) with time zone,
    approval_level varchar(16),
    issued_on      date,
    issued_by      uuid,
    issued_at      timestamp(6) with time zone,
    version        bigint         not null,
    check (approved_by is null or approved_by <> created_by),
    check (total = net + tax)
);

create index credit_note_invoice on credit_note (invoice_id);
create index credit_note_client on credit_note (client_id);

-- An invoice line is credited at most once (the unique invoice_line_id), at its net and its share of the tax.
create table credit_note_line (
    id                    uuid           primary key,
    credit_note_id        uuid           not null references credit_note (id),
    position              integer        not null,
    invoice_line_id       uuid           not null unique references invoice_line (id),
    invoice_line_position integer        not null,
    description           varchar(500)   not null,
    amount                numeric(19, 4) not null,
    tax_amount            numeric(19, 4) not null,
    unique (credit_note_id, position)
);

-- What issued credit notes took off an invoice, and what was paid back of the credit balance they left: outstanding
-- is total - paid - credited + refunded (never below 0), the credit balance paid + credited - refunded - total.
alter table invoice add column credited numeric(19, 4) not null default 0;
alter table invoice add column refunded numeric(19, 4) not null default 0;
alter table invoice add constraint invoice_credited check (credited >= 0 and credited <= total);
alter table invoice add constraint invoice_refunded check (refunded >= 0 and refunded <= paid + credited - total
                                                           or refunded = 0);

-- A refund is recorded like a payment, once per Idempotency-Key in the same table, with the money going out.
alter table payment add column kind varchar(16) not null default 'PAYMENT';
